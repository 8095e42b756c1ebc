using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    // SQLite keeps no constraint names and renames the column inside its foreign keys itself, so the foreign-key drops
    // and adds EF would write are left out: each of them rebuilds the table, and a rebuilt Clues loses its search triggers.
    public partial class CodeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {




            migrationBuilder.RenameColumn(
                name: "EntityId",
                table: "RandomDrawItem",
                newName: "MarketEntityId");

            migrationBuilder.RenameIndex(
                name: "IX_RandomDrawItem_EntityId",
                table: "RandomDrawItem",
                newName: "IX_RandomDrawItem_MarketEntityId");

            migrationBuilder.RenameColumn(
                name: "EntityId",
                table: "OfficerConflicts",
                newName: "MarketEntityId");

            migrationBuilder.RenameIndex(
                name: "IX_OfficerConflicts_OfficerId_EntityId",
                table: "OfficerConflicts",
                newName: "IX_OfficerConflicts_OfficerId_MarketEntityId");

            migrationBuilder.RenameIndex(
                name: "IX_OfficerConflicts_EntityId",
                table: "OfficerConflicts",
                newName: "IX_OfficerConflicts_MarketEntityId");

            migrationBuilder.RenameColumn(
                name: "EntityId",
                table: "Inspections",
                newName: "MarketEntityId");

            migrationBuilder.RenameIndex(
                name: "IX_Inspections_EntityId",
                table: "Inspections",
                newName: "IX_Inspections_MarketEntityId");

            migrationBuilder.RenameColumn(
                name: "Unit",
                table: "Deadlines",
                newName: "TimeUnit");

            migrationBuilder.RenameColumn(
                name: "Unit",
                table: "DeadlineRules",
                newName: "TimeUnit");

            migrationBuilder.RenameColumn(
                name: "EntityId",
                table: "Clues",
                newName: "MarketEntityId");

            migrationBuilder.RenameIndex(
                name: "IX_Clues_EntityId",
                table: "Clues",
                newName: "IX_Clues_MarketEntityId");



        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {




            migrationBuilder.RenameColumn(
                name: "MarketEntityId",
                table: "RandomDrawItem",
                newName: "EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_RandomDrawItem_MarketEntityId",
                table: "RandomDrawItem",
                newName: "IX_RandomDrawItem_EntityId");

            migrationBuilder.RenameColumn(
                name: "MarketEntityId",
                table: "OfficerConflicts",
                newName: "EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_OfficerConflicts_OfficerId_MarketEntityId",
                table: "OfficerConflicts",
                newName: "IX_OfficerConflicts_OfficerId_EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_OfficerConflicts_MarketEntityId",
                table: "OfficerConflicts",
                newName: "IX_OfficerConflicts_EntityId");

            migrationBuilder.RenameColumn(
                name: "MarketEntityId",
                table: "Inspections",
                newName: "EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_Inspections_MarketEntityId",
                table: "Inspections",
                newName: "IX_Inspections_EntityId");

            migrationBuilder.RenameColumn(
                name: "TimeUnit",
                table: "Deadlines",
                newName: "Unit");

            migrationBuilder.RenameColumn(
                name: "TimeUnit",
                table: "DeadlineRules",
                newName: "Unit");

            migrationBuilder.RenameColumn(
                name: "MarketEntityId",
                table: "Clues",
                newName: "EntityId");

            migrationBuilder.RenameIndex(
                name: "IX_Clues_MarketEntityId",
                table: "Clues",
                newName: "IX_Clues_EntityId");



        }
    }
}
