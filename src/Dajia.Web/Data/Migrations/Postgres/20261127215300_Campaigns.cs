using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Tasks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FullText = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    KeyAreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    LiaisonTableDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    QuarterlyReportDueDay = table.Column<int>(type: "integer", nullable: false),
                    QuarterlyReportMonths = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnnualSummaryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContactName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ContactFax = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Campaigns_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_KeyAreas_KeyAreaId",
                        column: x => x.KeyAreaId,
                        principalTable: "KeyAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignStage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Expectations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignStage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignStage_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_JurisdictionId_Year",
                table: "Campaigns",
                columns: new[] { "JurisdictionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_KeyAreaId",
                table: "Campaigns",
                column: "KeyAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStage_CampaignId",
                table: "CampaignStage",
                column: "CampaignId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignStage");

            migrationBuilder.DropTable(
                name: "Campaigns");
        }
    }
}
