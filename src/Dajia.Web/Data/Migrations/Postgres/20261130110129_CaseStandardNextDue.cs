using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseStandardNextDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextDueAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StandardReachedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StandardReachedCaseValue",
                table: "Cases",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StandardReachedCode",
                table: "Cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StandardReachedGoodsValue",
                table: "Cases",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "CaseEvents",
                type: "character varying(660)",
                maxLength: 660,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(516)",
                oldMaxLength: 516,
                oldNullable: true);

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

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "CaseEvents",
                type: "character varying(516)",
                maxLength: 516,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(660)",
                oldMaxLength: 660,
                oldNullable: true);
        }
    }
}
