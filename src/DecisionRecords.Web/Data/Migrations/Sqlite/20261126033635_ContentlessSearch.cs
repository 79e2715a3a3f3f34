using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentlessSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The full-text index no longer keeps a copy of each text: it is contentless, keyed by an integer SearchKey
            // that each published version gets on insert. A match then yields keys straight from the index, with no
            // lookup per matching row, and one covering index answers counts and ordering (a second index on SearchKey
            // alone would tempt the planner into reading each matching row). SearchKey is stored, not the implicit
            // rowid, because VACUUM may renumber rowids.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Delete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS PublishedSearch;");
            migrationBuilder.Sql("ALTER TABLE PublishedVersions ADD COLUMN SearchKey INTEGER NULL;");
            migrationBuilder.Sql("UPDATE PublishedVersions SET SearchKey = rowid;");
            migrationBuilder.Sql("CREATE INDEX IX_PublishedVersions_SearchKey_Listing ON PublishedVersions (SearchKey, IsLatest, IsStub, DecisionDate, Reference);");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PublishedSearch USING fts5(SearchText, content = '', tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO PublishedSearch (rowid, SearchText) SELECT SearchKey, SearchText FROM PublishedVersions WHERE IsLatest = 1;");

            // Only the latest version of each record is indexed. A contentless index forgets a text only when given the
            // text it was given, so updates and deletes pass the old values. A later migration that rebuilds
            // PublishedVersions must keep SearchKey and create these triggers again.
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Insert AFTER INSERT ON PublishedVersions
BEGIN
UPDATE PublishedVersions SET SearchKey = (SELECT IFNULL(MAX(SearchKey), 0) + 1 FROM PublishedVersions) WHERE Id = new.Id;
INSERT INTO PublishedSearch (rowid, SearchText) SELECT SearchKey, SearchText FROM PublishedVersions WHERE Id = new.Id AND IsLatest = 1;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Update AFTER UPDATE OF IsLatest, SearchText ON PublishedVersions
BEGIN
INSERT INTO PublishedSearch (PublishedSearch, rowid, SearchText) SELECT 'delete', old.SearchKey, old.SearchText WHERE old.IsLatest = 1;
INSERT INTO PublishedSearch (rowid, SearchText) SELECT new.SearchKey, new.SearchText WHERE new.IsLatest = 1;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Delete AFTER DELETE ON PublishedVersions WHEN old.IsLatest = 1
BEGIN INSERT INTO PublishedSearch (PublishedSearch, rowid, SearchText) VALUES ('delete', old.SearchKey, old.SearchText); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Delete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS PublishedSearch;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_PublishedVersions_SearchKey_Listing;");
            migrationBuilder.Sql("ALTER TABLE PublishedVersions DROP COLUMN SearchKey;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PublishedSearch USING fts5(VersionId UNINDEXED, SearchText, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO PublishedSearch (VersionId, SearchText) SELECT Id, SearchText FROM PublishedVersions WHERE IsLatest = 1;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Insert AFTER INSERT ON PublishedVersions WHEN new.IsLatest = 1
BEGIN INSERT INTO PublishedSearch(VersionId, SearchText) VALUES (new.Id, new.SearchText); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Update AFTER UPDATE OF IsLatest ON PublishedVersions WHEN new.IsLatest = 0
BEGIN DELETE FROM PublishedSearch WHERE VersionId = old.Id; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Delete AFTER DELETE ON PublishedVersions
BEGIN DELETE FROM PublishedSearch WHERE VersionId = old.Id; END;");
        }
    }
}
