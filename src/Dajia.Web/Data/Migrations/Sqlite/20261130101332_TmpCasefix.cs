using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TmpCasefix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
