using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UserWalkFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StallKey",
                table: "MarketEntities",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "LiaisonTables",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "LiaisonTables",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AliasList",
                table: "KeyAreas",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                table: "Clues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AssignmentDueOn",
                table: "Clues",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignmentInstructions",
                table: "Clues",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KeyAreaId",
                table: "Clues",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchState",
                table: "Clues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

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

            migrationBuilder.CreateTable(
                name: "ClueCoUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueCoUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueCoUnits_Clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "Clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClueCoUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClueEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ThumbnailSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueEvidence_Clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "Clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedByAccount = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundSubmissions_LiaisonTables_RoundId",
                        column: x => x.RoundId,
                        principalTable: "LiaisonTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MarketEntities_JurisdictionId_StallKey",
                table: "MarketEntities",
                columns: new[] { "JurisdictionId", "StallKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Clues_KeyAreaId_ReceivedAt",
                table: "Clues",
                columns: new[] { "KeyAreaId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ClueCoUnits_ClueId_UnitId",
                table: "ClueCoUnits",
                columns: new[] { "ClueId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClueCoUnits_UnitId",
                table: "ClueCoUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvidence_ClueId",
                table: "ClueEvidence",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundSubmissions_RoundId_UnitId_Number",
                table: "RoundSubmissions",
                columns: new[] { "RoundId", "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundSubmissions_UnitId",
                table: "RoundSubmissions",
                column: "UnitId");

            // Submissions recorded before contents were kept become version 1 with no content: the app reads them back
            // from the liaison history as of their time.
            migrationBuilder.Sql(
                "INSERT INTO \"RoundSubmissions\" (\"Id\", \"RoundId\", \"UnitId\", \"Number\", \"SubmittedAt\", \"SubmittedById\", "
                + "\"SubmittedByAccount\", \"SubmittedByName\", \"Channel\", \"Content\") "
                + "SELECT \"Id\", \"LiaisonTableId\", \"UnitId\", 1, \"SubmittedAt\", NULL, \"SubmittedBy\", \"SubmittedBy\", \"Channel\", NULL "
                + "FROM \"LiaisonTableSubmissions\"");

            migrationBuilder.DropTable(
                name: "LiaisonTableSubmissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClueCoUnits");

            migrationBuilder.DropTable(
                name: "ClueEvidence");

            migrationBuilder.DropTable(
                name: "RoundSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_MarketEntities_JurisdictionId_StallKey",
                table: "MarketEntities");

            migrationBuilder.DropIndex(
                name: "IX_Clues_KeyAreaId_ReceivedAt",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "StallKey",
                table: "MarketEntities");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "LiaisonTables");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "LiaisonTables");

            migrationBuilder.DropColumn(
                name: "AliasList",
                table: "KeyAreas");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "AssignmentDueOn",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "AssignmentInstructions",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "KeyAreaId",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "MatchState",
                table: "Clues");

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

            migrationBuilder.CreateTable(
                name: "LiaisonTableSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LiaisonTableId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonTableSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonTableSubmissions_LiaisonTables_LiaisonTableId",
                        column: x => x.LiaisonTableId,
                        principalTable: "LiaisonTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiaisonTableSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonTableSubmissions_LiaisonTableId_UnitId",
                table: "LiaisonTableSubmissions",
                columns: new[] { "LiaisonTableId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonTableSubmissions_UnitId",
                table: "LiaisonTableSubmissions",
                column: "UnitId");
        }
    }
}
