using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyRequestHash",
                table: "Clues",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IdempotencyRequestHash",
                table: "Clues");
        }
    }
}
