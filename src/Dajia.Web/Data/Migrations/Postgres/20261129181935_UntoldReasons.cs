using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UntoldReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UntoldAttempts",
                table: "Clues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UntoldKind",
                table: "Clues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UntoldLastTriedOn",
                table: "Clues",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UntoldAttempts",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "UntoldKind",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "UntoldLastTriedOn",
                table: "Clues");
        }
    }
}
