using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dajia.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An external-content FTS5 index over Clues.SearchText (already split into character pairs), kept in step
            // by triggers. unicode61 then sees each pair as one token, so a two-character term is an indexed lookup.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ClueSearch" USING fts5("SearchText", content='Clues', content_rowid='rowid', tokenize='unicode61');
                INSERT INTO "ClueSearch"(rowid, "SearchText") SELECT rowid, "SearchText" FROM "Clues";
                CREATE TRIGGER "Clues_search_ai" AFTER INSERT ON "Clues" BEGIN
                    INSERT INTO "ClueSearch"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
                END;
                CREATE TRIGGER "Clues_search_ad" AFTER DELETE ON "Clues" BEGIN
                    INSERT INTO "ClueSearch"("ClueSearch", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
                END;
                CREATE TRIGGER "Clues_search_au" AFTER UPDATE OF "SearchText" ON "Clues" BEGIN
                    INSERT INTO "ClueSearch"("ClueSearch", rowid, "SearchText") VALUES ('delete', old.rowid, old."SearchText");
                    INSERT INTO "ClueSearch"(rowid, "SearchText") VALUES (new.rowid, new."SearchText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Clues_search_au";
                DROP TRIGGER IF EXISTS "Clues_search_ad";
                DROP TRIGGER IF EXISTS "Clues_search_ai";
                DROP TABLE IF EXISTS "ClueSearch";
                """);
        }
    }
}
