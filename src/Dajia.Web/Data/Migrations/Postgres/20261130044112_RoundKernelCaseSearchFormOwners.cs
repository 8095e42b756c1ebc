using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoundKernelCaseSearchFormOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear",
                table: "ReportFormVersion");

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "ReportSnapshot",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Online");

            migrationBuilder.AddColumn<Guid>(
                name: "JurisdictionId",
                table: "ReportFormVersion",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_JurisdictionId_EffectiveFromYear",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "JurisdictionId", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_JurisdictionId",
                table: "ReportFormVersion",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SearchText",
                table: "Cases",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:TsVectorConfig", "simple");

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

            migrationBuilder.DropIndex(
                name: "IX_Cases_SearchText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "ReportSnapshot");

            migrationBuilder.DropColumn(
                name: "JurisdictionId",
                table: "ReportFormVersion");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "EffectiveFromYear" },
                unique: true);
        }
    }
}
