using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TmpRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "LiaisonTables",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "LiaisonTables",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RoundSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedByAccount = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundSubmissions_LiaisonTables_RoundId",
                        column: x => x.RoundId,
                        principalTable: "LiaisonTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoundSubmissions_RoundId_UnitId_Number",
                table: "RoundSubmissions",
                columns: new[] { "RoundId", "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundSubmissions_UnitId",
                table: "RoundSubmissions",
                column: "UnitId");

            // Submissions recorded before contents were kept become version 1 with no content: the app reads them back
            // from the liaison history as of their time. The combined migration must keep this copy before the drop.
            migrationBuilder.Sql(
                "INSERT INTO \"RoundSubmissions\" (\"Id\", \"RoundId\", \"UnitId\", \"Number\", \"SubmittedAt\", \"SubmittedById\", "
                + "\"SubmittedByAccount\", \"SubmittedByName\", \"Channel\", \"Content\") "
                + "SELECT \"Id\", \"LiaisonTableId\", \"UnitId\", 1, \"SubmittedAt\", NULL, \"SubmittedBy\", \"SubmittedBy\", \"Channel\", NULL "
                + "FROM \"LiaisonTableSubmissions\"");

            migrationBuilder.DropTable(
                name: "LiaisonTableSubmissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoundSubmissions");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "LiaisonTables");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "LiaisonTables");

            migrationBuilder.CreateTable(
                name: "LiaisonTableSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LiaisonTableId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonTableSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonTableSubmissions_LiaisonTables_LiaisonTableId",
                        column: x => x.LiaisonTableId,
                        principalTable: "LiaisonTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiaisonTableSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonTableSubmissions_LiaisonTableId_UnitId",
                table: "LiaisonTableSubmissions",
                columns: new[] { "LiaisonTableId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonTableSubmissions_UnitId",
                table: "LiaisonTableSubmissions",
                column: "UnitId");
        }
    }
}
