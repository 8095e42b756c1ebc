using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Online");

            migrationBuilder.AddColumn<Guid>(
                name: "JurisdictionId",
                table: "ReportFormVersion",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Cases",
                type: "TEXT",
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

            migrationBuilder.AddForeignKey(
                name: "FK_ReportFormVersion_Jurisdictions_JurisdictionId",
                table: "ReportFormVersion",
                column: "JurisdictionId",
                principalTable: "Jurisdictions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Cases' full-text index, built like the clues' (an external-content FTS5 table kept by triggers); the rows
            // get their text on start (CaseSearchUpgrade) and the update trigger indexes it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CaseSearch" USING fts5("SearchText", content='Cases', content_rowid='rowid', tokenize='unicode61');
                INSERT INTO "CaseSearch"(rowid, "SearchText") SELECT rowid, "SearchText" FROM "Cases";
                CREATE TRIGGER "Cases_search_ai" AFTER INSERT ON "Cases" BEGIN
                    INSERT INTO "CaseSearch"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
                END;
                CREATE TRIGGER "Cases_search_ad" AFTER DELETE ON "Cases" BEGIN
                    INSERT INTO "CaseSearch"("CaseSearch", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
                END;
                CREATE TRIGGER "Cases_search_au" AFTER UPDATE OF "SearchText" ON "Cases" BEGIN
                    INSERT INTO "CaseSearch"("CaseSearch", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
                    INSERT INTO "CaseSearch"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Cases_search_au";
                DROP TRIGGER IF EXISTS "Cases_search_ad";
                DROP TRIGGER IF EXISTS "Cases_search_ai";
                DROP TABLE IF EXISTS "CaseSearch";
                """);

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
