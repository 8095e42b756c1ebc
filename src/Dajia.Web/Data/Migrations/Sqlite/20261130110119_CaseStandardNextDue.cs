using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseStandardNextDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextDueAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StandardReachedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StandardReachedCaseValue",
                table: "Cases",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StandardReachedCode",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StandardReachedGoodsValue",
                table: "Cases",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlingUnitId_NextDueAt_OpenedAt",
                table: "Cases",
                columns: new[] { "HandlingUnitId", "NextDueAt", "OpenedAt" },
                filter: "\"NextDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_JurisdictionId_NextDueAt_OpenedAt_Id",
                table: "Cases",
                columns: new[] { "JurisdictionId", "NextDueAt", "OpenedAt", "Id" },
                filter: "\"NextDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlingUnitId_NextDueAt_OpenedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_JurisdictionId_NextDueAt_OpenedAt_Id",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextDueAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StandardReachedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StandardReachedCaseValue",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StandardReachedCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StandardReachedGoodsValue",
                table: "Cases");
        }
    }
}
