using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpCasesearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PartyNameLookup",
                table: "Cases",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartyText",
                table: "Cases",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PartyNameLookup",
                table: "Cases",
                column: "PartyNameLookup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_PartyNameLookup",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartyNameLookup",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartyText",
                table: "Cases");
        }
    }
}
