using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictPairs",
                table: "RandomDraws",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeedOrigin",
                table: "RandomDraws",
                type: "integer",
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
