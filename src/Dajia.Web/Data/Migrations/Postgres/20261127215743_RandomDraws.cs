using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RandomDraws : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Officers_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Officers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RandomDraws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Filter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    EntityCandidates = table.Column<string>(type: "text", nullable: false),
                    OfficerCandidates = table.Column<string>(type: "text", nullable: false),
                    EntityListHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OfficerListHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DrawnBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RandomDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RandomDraws_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficerConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficerConflicts_MarketEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "MarketEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficerConflicts_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RandomDrawItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RandomDrawId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstOfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondOfficerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RandomDrawItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RandomDrawItem_MarketEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "MarketEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RandomDrawItem_RandomDraws_RandomDrawId",
                        column: x => x.RandomDrawId,
                        principalTable: "RandomDraws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerConflicts_EntityId",
                table: "OfficerConflicts",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerConflicts_OfficerId_EntityId",
                table: "OfficerConflicts",
                columns: new[] { "OfficerId", "EntityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officers_JurisdictionId_CertificateNumber",
                table: "Officers",
                columns: new[] { "JurisdictionId", "CertificateNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officers_UnitId",
                table: "Officers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RandomDrawItem_EntityId",
                table: "RandomDrawItem",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_RandomDrawItem_RandomDrawId",
                table: "RandomDrawItem",
                column: "RandomDrawId");

            migrationBuilder.CreateIndex(
                name: "IX_RandomDraws_JurisdictionId",
                table: "RandomDraws",
                column: "JurisdictionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerConflicts");

            migrationBuilder.DropTable(
                name: "RandomDrawItem");

            migrationBuilder.DropTable(
                name: "Officers");

            migrationBuilder.DropTable(
                name: "RandomDraws");
        }
    }
}
