using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpsDrawFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConflictListHash",
                table: "RandomDraws",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictPairs",
                table: "RandomDraws",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeedOrigin",
                table: "RandomDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConflictListHash",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "ConflictPairs",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "SeedOrigin",
                table: "RandomDraws");
        }
    }
}
