using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PublishedVersions_Slug",
                table: "PublishedVersions");

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "PublishedVersions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDate",
                table: "PublishedVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstPublishedAt",
                table: "PublishedVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "FundingYears",
                table: "PublishedVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsLatest",
                table: "PublishedVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsStub",
                table: "PublishedVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Organisations",
                table: "PublishedVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "PublishedVersions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "PublishedVersions",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "PublishedVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "PublishedVersions",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalCommitmentPence",
                table: "PublishedVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublicationStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationStamps", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedVersions_IsLatest_DecisionDate",
                table: "PublishedVersions",
                columns: new[] { "IsLatest", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedVersions_Slug_IsLatest",
                table: "PublishedVersions",
                columns: new[] { "Slug", "IsLatest" });

            // Full-text search over what is published: SQLite's FTS5, kept in step by triggers in the same transaction.
            // Only the latest version of each record is indexed. A later migration that rebuilds PublishedVersions
            // must create these triggers again.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PublishedSearch USING fts5(VersionId UNINDEXED, SearchText, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Insert AFTER INSERT ON PublishedVersions WHEN new.IsLatest = 1
BEGIN INSERT INTO PublishedSearch(VersionId, SearchText) VALUES (new.Id, new.SearchText); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Update AFTER UPDATE OF IsLatest ON PublishedVersions WHEN new.IsLatest = 0
BEGIN DELETE FROM PublishedSearch WHERE VersionId = old.Id; END;");
            migrationBuilder.Sql(@"CREATE TRIGGER PublishedSearch_Delete AFTER DELETE ON PublishedVersions
BEGIN DELETE FROM PublishedSearch WHERE VersionId = old.Id; END;");
            migrationBuilder.Sql("INSERT INTO PublishedSearch(VersionId, SearchText) SELECT Id, SearchText FROM PublishedVersions WHERE IsLatest = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PublishedSearch_Delete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS PublishedSearch;");

            migrationBuilder.DropTable(
                name: "PublicationStamps");

            migrationBuilder.DropIndex(
                name: "IX_PublishedVersions_IsLatest_DecisionDate",
                table: "PublishedVersions");

            migrationBuilder.DropIndex(
                name: "IX_PublishedVersions_Slug_IsLatest",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "DecisionDate",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "FirstPublishedAt",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "FundingYears",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "IsLatest",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "IsStub",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "Organisations",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "TotalCommitmentPence",
                table: "PublishedVersions");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedVersions_Slug",
                table: "PublishedVersions",
                column: "Slug");
        }
    }
}
