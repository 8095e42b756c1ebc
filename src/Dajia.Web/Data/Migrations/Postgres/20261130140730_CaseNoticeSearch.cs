using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseNoticeSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "NoticeFine",
                table: "Cases",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoticeHearingRight",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NoticePenalties",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeServedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeText",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartyNameLookup",
                table: "Cases",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartyText",
                table: "Cases",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "StatementAdopted",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementKind",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementReason",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StatementReceivedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatementText",
                table: "Cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PartyNameLookup",
                table: "Cases",
                column: "PartyNameLookup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_PartyNameLookup",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeFine",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeHearingRight",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticePenalties",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartyNameLookup",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PartyText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatementAdopted",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatementKind",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatementReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatementReceivedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatementText",
                table: "Cases");
        }
    }
}
