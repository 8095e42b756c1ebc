using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpKeyAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StallKey",
                table: "MarketEntities",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AliasList",
                table: "KeyAreas",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "KeyAreaId",
                table: "Clues",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchState",
                table: "Clues",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateIndex(
                name: "IX_MarketEntities_JurisdictionId_StallKey",
                table: "MarketEntities",
                columns: new[] { "JurisdictionId", "StallKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Clues_KeyAreaId_ReceivedAt",
                table: "Clues",
                columns: new[] { "KeyAreaId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "AliasList",
                table: "KeyAreas");

            migrationBuilder.DropColumn(
                name: "KeyAreaId",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "MatchState",
                table: "Clues");
        }
    }
}
