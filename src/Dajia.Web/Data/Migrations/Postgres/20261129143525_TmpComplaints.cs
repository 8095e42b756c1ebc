using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Mediation",
                table: "Clues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationNotes",
                table: "Clues",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicOutcome",
                table: "Clues",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UntoldReason",
                table: "Clues",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Mediation",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "MediationNotes",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "PublicOutcome",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "UntoldReason",
                table: "Clues");
        }
    }
}
