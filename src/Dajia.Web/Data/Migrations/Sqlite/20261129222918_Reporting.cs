using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReportDueMovesToWorkingDay",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ReportForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportFormVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFormVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportFormVersion_ReportForms_FormId",
                        column: x => x.FormId,
                        principalTable: "ReportForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportRounds_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportRounds_ReportFormVersion_FormVersionId",
                        column: x => x.FormVersionId,
                        principalTable: "ReportFormVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportRounds_ReportForms_FormId",
                        column: x => x.FormId,
                        principalTable: "ReportForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    FirstSubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LateUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LateGrantedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_ReportRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ReportRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSnapshot",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedByAccount = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    Prefilled = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSnapshot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSnapshot_ReportSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_JurisdictionId_ViolationType_OpenedAt",
                table: "Cases",
                columns: new[] { "JurisdictionId", "ViolationType", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportForms_Code",
                table: "ReportForms",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportFormVersion_FormId_EffectiveFromYear",
                table: "ReportFormVersion",
                columns: new[] { "FormId", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportRounds_FormId",
                table: "ReportRounds",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportRounds_FormVersionId",
                table: "ReportRounds",
                column: "FormVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportRounds_JurisdictionId_FormId_Period",
                table: "ReportRounds",
                columns: new[] { "JurisdictionId", "FormId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSnapshot_SubmissionId_Number",
                table: "ReportSnapshot",
                columns: new[] { "SubmissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_JurisdictionId",
                table: "ReportSubmissions",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_RoundId_UnitId",
                table: "ReportSubmissions",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_UnitId",
                table: "ReportSubmissions",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportSnapshot");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "ReportRounds");

            migrationBuilder.DropTable(
                name: "ReportFormVersion");

            migrationBuilder.DropTable(
                name: "ReportForms");

            migrationBuilder.DropIndex(
                name: "IX_Cases_JurisdictionId_ViolationType_OpenedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReportDueMovesToWorkingDay",
                table: "Campaigns");
        }
    }
}
