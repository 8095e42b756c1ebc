using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Clues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InformantReveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InformantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantReveals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Informants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Alias = table.Column<int>(type: "integer", nullable: false),
                    NameCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    MobileCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IdNumberCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    NotifyBy = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Informants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Clues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TrackingCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AccessKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AccessKeyCipher = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Product = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Brand = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MerchantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SeenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: true),
                    InformantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssignedUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ResultNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InformantNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InformantNotifiedHow = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clues_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clues_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clues_MarketEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "MarketEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clues_Units_AssignedUnitId",
                        column: x => x.AssignedUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClueEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueEvent_Clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "Clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvent_ClueId",
                table: "ClueEvent",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_Clues_AssignedUnitId_Status",
                table: "Clues",
                columns: new[] { "AssignedUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Clues_EntityId",
                table: "Clues",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Clues_IdempotencyKey",
                table: "Clues",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clues_InformantId",
                table: "Clues",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_Clues_JurisdictionId_Number",
                table: "Clues",
                columns: new[] { "JurisdictionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clues_JurisdictionId_Status_ReceivedAt",
                table: "Clues",
                columns: new[] { "JurisdictionId", "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Clues_TrackingCode",
                table: "Clues",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformantReveals_ClueId",
                table: "InformantReveals",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_JurisdictionId_Alias",
                table: "Informants",
                columns: new[] { "JurisdictionId", "Alias" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClueEvent");

            migrationBuilder.DropTable(
                name: "InformantReveals");

            migrationBuilder.DropTable(
                name: "Clues");

            migrationBuilder.DropTable(
                name: "Informants");
        }
    }
}
