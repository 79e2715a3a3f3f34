using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDate",
                table: "PublishedVersions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstPublishedAt",
                table: "PublishedVersions",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "FundingYears",
                table: "PublishedVersions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsLatest",
                table: "PublishedVersions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsStub",
                table: "PublishedVersions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Organisations",
                table: "PublishedVersions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "PublishedVersions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "PublishedVersions",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "PublishedVersions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "PublishedVersions",
                type: "nvarchar(250)",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalCommitmentPence",
                table: "PublishedVersions",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublicationStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
