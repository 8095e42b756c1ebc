using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CodeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Clues_MarketEntities_EntityId",
                table: "Clues");

            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_MarketEntities_EntityId",
                table: "Inspections");

            migrationBuilder.DropForeignKey(
                name: "FK_OfficerConflicts_MarketEntities_EntityId",
                table: "OfficerConflicts");

            migrationBuilder.DropForeignKey(
                name: "FK_RandomDrawItem_MarketEntities_EntityId",
                table: "RandomDrawItem");

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

            migrationBuilder.AddForeignKey(
                name: "FK_Clues_MarketEntities_MarketEntityId",
                table: "Clues",
                column: "MarketEntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_MarketEntities_MarketEntityId",
                table: "Inspections",
                column: "MarketEntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OfficerConflicts_MarketEntities_MarketEntityId",
                table: "OfficerConflicts",
                column: "MarketEntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_RandomDrawItem_MarketEntities_MarketEntityId",
                table: "RandomDrawItem",
                column: "MarketEntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Clues_MarketEntities_MarketEntityId",
                table: "Clues");

            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_MarketEntities_MarketEntityId",
                table: "Inspections");

            migrationBuilder.DropForeignKey(
                name: "FK_OfficerConflicts_MarketEntities_MarketEntityId",
                table: "OfficerConflicts");

            migrationBuilder.DropForeignKey(
                name: "FK_RandomDrawItem_MarketEntities_MarketEntityId",
                table: "RandomDrawItem");

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

            migrationBuilder.AddForeignKey(
                name: "FK_Clues_MarketEntities_EntityId",
                table: "Clues",
                column: "EntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_MarketEntities_EntityId",
                table: "Inspections",
                column: "EntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OfficerConflicts_MarketEntities_EntityId",
                table: "OfficerConflicts",
                column: "EntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_RandomDrawItem_MarketEntities_EntityId",
                table: "RandomDrawItem",
                column: "EntityId",
                principalTable: "MarketEntities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
