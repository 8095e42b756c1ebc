using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedFormDefaultsOpenClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear_Shared",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "EffectiveFromYear" },
                unique: true,
                filter: "\"JurisdictionId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Open",
                table: "Deadlines",
                columns: new[] { "SubjectType", "DueAt", "SubjectId", "JurisdictionId", "ResponsibleUnitId", "Id" },
                filter: "\"MetAt\" IS NULL AND \"EndedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear_Shared",
                table: "ReportFormVersion");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_Open",
                table: "Deadlines");
        }
    }
}
