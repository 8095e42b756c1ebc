using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_LeadUnitId",
                table: "Operations");

            migrationBuilder.CreateTable(
                name: "ReportPaperCopy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPaperCopy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportPaperCopy_ReportSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownSummary",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SavedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownSummary", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownSummary_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitSummary",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileContentType = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    FirstSubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Pending = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSummary", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSummary_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSummary_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TownSummaryRevision",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SummaryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownSummaryRevision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownSummaryRevision_TownSummary_SummaryId",
                        column: x => x.SummaryId,
                        principalTable: "TownSummary",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitSummaryVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SummaryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileContentType = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedByAccount = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSummaryVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSummaryVersion_UnitSummary_SummaryId",
                        column: x => x.SummaryId,
                        principalTable: "UnitSummary",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_LeadUnitId_StartsAt",
                table: "Operations",
                columns: new[] { "LeadUnitId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Clues_AssignedUnitId_ReceivedAt",
                table: "Clues",
                columns: new[] { "AssignedUnitId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvent_Kind_At",
                table: "ClueEvent",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingUnitId_ClosedOn",
                table: "Cases",
                columns: new[] { "HandlingUnitId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingUnitId_DecidedOn",
                table: "Cases",
                columns: new[] { "HandlingUnitId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingUnitId_OpenedOn",
                table: "Cases",
                columns: new[] { "HandlingUnitId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportPaperCopy_SubmissionId_Number",
                table: "ReportPaperCopy",
                columns: new[] { "SubmissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownSummary_JurisdictionId_Year",
                table: "TownSummary",
                columns: new[] { "JurisdictionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownSummaryRevision_SummaryId_Number",
                table: "TownSummaryRevision",
                columns: new[] { "SummaryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSummary_JurisdictionId_UnitId_Year",
                table: "UnitSummary",
                columns: new[] { "JurisdictionId", "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSummary_UnitId",
                table: "UnitSummary",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitSummaryVersion_SummaryId_Number",
                table: "UnitSummaryVersion",
                columns: new[] { "SummaryId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportPaperCopy");

            migrationBuilder.DropTable(
                name: "TownSummaryRevision");

            migrationBuilder.DropTable(
                name: "UnitSummaryVersion");

            migrationBuilder.DropTable(
                name: "TownSummary");

            migrationBuilder.DropTable(
                name: "UnitSummary");

            migrationBuilder.DropIndex(
                name: "IX_Operations_LeadUnitId_StartsAt",
                table: "Operations");

            migrationBuilder.DropIndex(
                name: "IX_Clues_AssignedUnitId_ReceivedAt",
                table: "Clues");

            migrationBuilder.DropIndex(
                name: "IX_ClueEvent_Kind_At",
                table: "ClueEvent");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingUnitId_ClosedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingUnitId_DecidedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingUnitId_OpenedOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Operations_LeadUnitId",
                table: "Operations",
                column: "LeadUnitId");
        }
    }
}
