using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpAssign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                table: "Clues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AssignmentDueOn",
                table: "Clues",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignmentInstructions",
                table: "Clues",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClueCoUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueCoUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueCoUnits_Clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "Clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClueCoUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClueEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ThumbnailSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClueEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClueEvidence_Clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "Clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClueCoUnits_ClueId_UnitId",
                table: "ClueCoUnits",
                columns: new[] { "ClueId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClueCoUnits_UnitId",
                table: "ClueCoUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ClueEvidence_ClueId",
                table: "ClueEvidence",
                column: "ClueId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClueCoUnits");

            migrationBuilder.DropTable(
                name: "ClueEvidence");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "AssignmentDueOn",
                table: "Clues");

            migrationBuilder.DropColumn(
                name: "AssignmentInstructions",
                table: "Clues");
        }
    }
}
