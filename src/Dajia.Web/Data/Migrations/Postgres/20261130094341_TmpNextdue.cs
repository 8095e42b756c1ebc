using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpNextdue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextDueAt",
                table: "Cases",
                type: "timestamp with time zone",
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
        }
    }
}
