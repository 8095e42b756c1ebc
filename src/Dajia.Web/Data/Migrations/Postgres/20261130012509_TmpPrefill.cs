using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpPrefill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Operations_LeadUnitId",
                table: "Operations");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
