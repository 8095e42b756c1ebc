using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketEntitiesAndKeyAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeyAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    YearsDesignated = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyAreas_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketEntities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    KeyAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StallNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OperatorIdCipher = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OperatorIdMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEntities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketEntities_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarketEntities_KeyAreas_KeyAreaId",
                        column: x => x.KeyAreaId,
                        principalTable: "KeyAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyAreas_JurisdictionId_Name",
                table: "KeyAreas",
                columns: new[] { "JurisdictionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketEntities_JurisdictionId_CreditCode",
                table: "MarketEntities",
                columns: new[] { "JurisdictionId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketEntities_JurisdictionId_Name",
                table: "MarketEntities",
                columns: new[] { "JurisdictionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketEntities_KeyAreaId_StallNumber",
                table: "MarketEntities",
                columns: new[] { "KeyAreaId", "StallNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MarketEntities");

            migrationBuilder.DropTable(
                name: "KeyAreas");
        }
    }
}
