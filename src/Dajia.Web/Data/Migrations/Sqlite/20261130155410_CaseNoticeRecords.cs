using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseNoticeRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Penalties = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    HearingRight = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StatementKind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatementReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatementText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StatementAdopted = table.Column<bool>(type: "INTEGER", nullable: true),
                    StatementReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotices_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseNotices_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotices_CaseId_Ordinal",
                table: "CaseNotices",
                columns: new[] { "CaseId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotices_UnitId_Year_Sequence",
                table: "CaseNotices",
                columns: new[] { "UnitId", "Year", "Sequence" },
                unique: true);

            // ---- Hand-written data step (carry over into the combined migration) -------------------------------------
            // Each case's notice, kept until now in the case's own columns, becomes its notice 1 (CaseNotices), with the
            // 告字 number its one PenaltyNotice CaseDocument had and what the party said to it; recorded at and by the
            // latest Notified event (else the number's issue, else the opening). The notice takes the case's id as its own
            // (one notice per case here, and no Guid function both databases share). Then the PenaltyNotice document rows
            // go: a notice's number lives on the notice. Same SQL on SQLite and PostgreSQL; it must run after CaseNotices
            // exists and before the case columns are dropped.
            migrationBuilder.Sql("""
                INSERT INTO "CaseNotices" ("Id", "CaseId", "Ordinal", "ServedOn", "Penalties", "Fine", "HearingRight", "Text",
                    "IssuedAt", "IssuedBy", "UnitId", "Year", "Sequence", "Number", "StatementKind", "StatementReceivedOn",
                    "StatementText", "StatementAdopted", "StatementReason")
                SELECT c."Id", c."Id", 1, c."NoticeServedOn", COALESCE(c."NoticePenalties", 'None'), c."NoticeFine",
                    c."NoticeHearingRight", COALESCE(c."NoticeText", ''),
                    COALESCE((SELECT MAX(e."At") FROM "CaseEvents" e WHERE e."CaseId" = c."Id" AND e."Kind" = 'Notified'),
                        d."IssuedAt", c."OpenedAt"),
                    substr(COALESCE((SELECT e."By" FROM "CaseEvents" e WHERE e."CaseId" = c."Id" AND e."Kind" = 'Notified'
                        ORDER BY e."Sequence" DESC LIMIT 1), d."IssuedBy", ''), 1, 64),
                    d."UnitId", d."Year", d."Sequence", d."Number", c."StatementKind", c."StatementReceivedOn",
                    c."StatementText", c."StatementAdopted", c."StatementReason"
                FROM "Cases" c
                LEFT JOIN "CaseDocuments" d ON d."CaseId" = c."Id" AND d."Kind" = 'PenaltyNotice'
                WHERE c."NoticeServedOn" IS NOT NULL;
                DELETE FROM "CaseDocuments" WHERE "Kind" = 'PenaltyNotice';
                """);
            // ---- End of the hand-written data step ----------------------------------------------------------------------

            // SQLite drops the columns in place (ALTER TABLE … DROP COLUMN, SQLite 3.35+): EF's DropColumn rebuilds the
            // table, and a rebuilt Cases loses the triggers that keep its full-text index (CaseSearch) and its rowids.
            migrationBuilder.Sql("""
                ALTER TABLE "Cases" DROP COLUMN "NoticeFine";
                ALTER TABLE "Cases" DROP COLUMN "NoticeHearingRight";
                ALTER TABLE "Cases" DROP COLUMN "NoticePenalties";
                ALTER TABLE "Cases" DROP COLUMN "NoticeServedOn";
                ALTER TABLE "Cases" DROP COLUMN "NoticeText";
                ALTER TABLE "Cases" DROP COLUMN "StatementAdopted";
                ALTER TABLE "Cases" DROP COLUMN "StatementKind";
                ALTER TABLE "Cases" DROP COLUMN "StatementReason";
                ALTER TABLE "Cases" DROP COLUMN "StatementReceivedOn";
                ALTER TABLE "Cases" DROP COLUMN "StatementText";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotices");

            migrationBuilder.AddColumn<decimal>(
                name: "NoticeFine",
                table: "Cases",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoticeHearingRight",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NoticePenalties",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeText",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StatementAdopted",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementKind",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StatementReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementText",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }
    }
}
