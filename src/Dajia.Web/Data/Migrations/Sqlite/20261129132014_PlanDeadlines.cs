using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The round's own date moves to the year's plan (where there is one without it), which now generates the duties.
            migrationBuilder.Sql("""
                UPDATE "Campaigns" SET "LiaisonTableDueOn" = (SELECT t."DueOn" FROM "LiaisonTables" t
                    WHERE t."JurisdictionId" = "Campaigns"."JurisdictionId" AND t."Year" = "Campaigns"."Year")
                WHERE "LiaisonTableDueOn" IS NULL
                """);

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "LiaisonTables");

            migrationBuilder.AddColumn<long>(
                name: "EndedAt",
                table: "Deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FixedDueOn",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Period",
                table: "Deadlines",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "FixedDueOn",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Period",
                table: "Deadlines");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "LiaisonTables",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));
        }
    }
}
