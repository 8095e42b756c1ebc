using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartyPeriodHistoryNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClueEvent_ClueId",
                table: "ClueEvent");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents");

            migrationBuilder.AddColumn<bool>(
                name: "PartyPeriod",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PartyPeriod",
                table: "DeadlineRules",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "HearingRequested",
                table: "CaseNotices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // ---- Hand-written: ----
            // 1. The party's periods (DeadlineRuleSeed.PartyPeriods) in databases seeded before the flag; (1 = 1) is true on both.
            migrationBuilder.Sql("""UPDATE "DeadlineRules" SET "PartyPeriod" = (1 = 1) WHERE "Code" = 'case.statement'""");
            migrationBuilder.Sql("""UPDATE "Deadlines" SET "PartyPeriod" = (1 = 1) WHERE "RuleCode" = 'case.statement'""");
            // 2. Repeated history numbers renumbered by (At, Id) before the unique indexes below are created.
            migrationBuilder.Sql(EventSequences.Renumber("ClueEvent", "ClueId"));
            migrationBuilder.Sql(EventSequences.Renumber("CaseEvents", "CaseId"));
            // ---- End of hand-written SQL. ----

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvent_ClueId_Sequence",
                table: "ClueEvent",
                columns: new[] { "ClueId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_Sequence",
                table: "CaseEvents",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClueEvent_ClueId_Sequence",
                table: "ClueEvent");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId_Sequence",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "PartyPeriod",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "PartyPeriod",
                table: "DeadlineRules");

            migrationBuilder.DropColumn(
                name: "HearingRequested",
                table: "CaseNotices");

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvent_ClueId",
                table: "ClueEvent",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId",
                table: "CaseEvents",
                column: "CaseId");
        }
    }
}
