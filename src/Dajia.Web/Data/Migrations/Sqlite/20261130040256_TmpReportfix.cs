using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpReportfix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear",
                table: "ReportFormVersion");

            migrationBuilder.AddColumn<Guid>(
                name: "JurisdictionId",
                table: "ReportFormVersion",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_JurisdictionId_EffectiveFromYear",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "JurisdictionId", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_JurisdictionId",
                table: "ReportFormVersion",
                column: "JurisdictionId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReportFormVersion_Jurisdictions_JurisdictionId",
                table: "ReportFormVersion",
                column: "JurisdictionId",
                principalTable: "Jurisdictions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReportFormVersion_Jurisdictions_JurisdictionId",
                table: "ReportFormVersion");

            migrationBuilder.DropIndex(
                name: "IX_ReportFormVersion_FormId_JurisdictionId_EffectiveFromYear",
                table: "ReportFormVersion");

            migrationBuilder.DropIndex(
                name: "IX_ReportFormVersion_JurisdictionId",
                table: "ReportFormVersion");

            migrationBuilder.DropColumn(
                name: "JurisdictionId",
                table: "ReportFormVersion");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "EffectiveFromYear" },
                unique: true);
        }
    }
}
