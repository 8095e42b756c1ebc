using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessLayer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ConflictListHash",
                table: "RandomDraws",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConflictPairs",
                table: "RandomDraws",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeedOrigin",
                table: "RandomDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RandomDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Operations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MarketEntities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "LiaisonTables",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "KeyAreas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Jurisdictions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ResponsibleUnitId",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "DeadlineRules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Clues",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A clue's verification time limit is the assigned unit's: its liaison reads it through the unit's share.
            migrationBuilder.Sql("""
                UPDATE "Deadlines" SET "ResponsibleUnitId" =
                    (SELECT c."AssignedUnitId" FROM "Clues" c WHERE c."Id" = "Deadlines"."SubjectId")
                WHERE "SubjectType" = 'Clue' AND "RuleCode" = 'clue.verify'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ConflictListHash",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "ConflictPairs",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "SeedOrigin",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RandomDraws");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MarketEntities");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "LiaisonTables");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "KeyAreas");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Jurisdictions");

            migrationBuilder.DropColumn(
                name: "ResponsibleUnitId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "DeadlineRules");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Campaigns");
        }
    }
}
