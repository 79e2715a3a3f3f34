using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FaithfulRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsImported",
                table: "Signatures");

            migrationBuilder.DropColumn(
                name: "IncludeInTotal",
                table: "FundingTables");

            migrationBuilder.RenameColumn(
                name: "TotalCommitmentPence",
                table: "PublishedVersions",
                newName: "ValuePence");

            migrationBuilder.AlterColumn<string>(
                name: "SignerName",
                table: "Signatures",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<DateTime>(
                name: "SignedAt",
                table: "Signatures",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Confirmation",
                table: "Signatures",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DatedOn",
                table: "Signatures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameRule",
                table: "Signatures",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsImported",
                table: "PublishedVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalPublishedOn",
                table: "PublishedVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ValueIsStated",
                table: "PublishedVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "AfterBlock",
                table: "FundingTables",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BreakdownOf",
                table: "FundingTables",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountedYears",
                table: "FundingTables",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Placement",
                table: "FundingTables",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "FundingTables",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoleRule",
                table: "FundingTables",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedTotals",
                table: "FundingTables",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Written",
                table: "FundingAmounts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "DecisionRecords",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalPublishedOn",
                table: "DecisionRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedTotal",
                table: "DecisionRecords",
                type: "TEXT",
                maxLength: 1200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedValue",
                table: "DecisionRecords",
                type: "TEXT",
                maxLength: 1200,
                nullable: true);

            // Existing rows in the new model: a signature was imported on paper or signed here with a password;
            // a table counted in the total is money the decision commits (every year), one left out is for comparison.
            migrationBuilder.Sql("""
                UPDATE "Signatures" SET "Confirmation" = CASE WHEN "IsImported" = 1 THEN 'Paper' ELSE 'Password' END,
                    "DatedOn" = CASE WHEN "IsImported" = 1 THEN substr("SignedAt", 1, 10) ELSE NULL END;
                UPDATE "FundingTables" SET "Role" = CASE WHEN "IncludeInTotal" = 1 THEN 'Commitment' ELSE 'Context' END,
                    "CountedYears" = CASE WHEN "IncludeInTotal" = 1 THEN "FinancialYears" ELSE '[]' END,
                    "Placement" = 'Recommendations', "StatedTotals" = '[]';
                UPDATE "DecisionRecords" SET "Origin" = CASE WHEN "CreatedByUserId" = 'import' THEN 'Imported' ELSE 'Drafted' END;
                UPDATE "PublishedVersions" SET "IsImported" = 1 WHERE "DecisionRecordId" IN (SELECT "Id" FROM "DecisionRecords" WHERE "CreatedByUserId" = 'import');
                """);

            migrationBuilder.CreateTable(
                name: "RecordNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicExplanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExplainedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExplainedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordNotes_DecisionRecords_DecisionRecordId",
                        column: x => x.DecisionRecordId,
                        principalTable: "DecisionRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecordNotes_DecisionRecordId_Position",
                table: "RecordNotes",
                columns: new[] { "DecisionRecordId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordNotes");

            migrationBuilder.DropColumn(
                name: "Confirmation",
                table: "Signatures");

            migrationBuilder.DropColumn(
                name: "DatedOn",
                table: "Signatures");

            migrationBuilder.DropColumn(
                name: "NameRule",
                table: "Signatures");

            migrationBuilder.DropColumn(
                name: "IsImported",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "OriginalPublishedOn",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "ValueIsStated",
                table: "PublishedVersions");

            migrationBuilder.DropColumn(
                name: "AfterBlock",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "BreakdownOf",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "CountedYears",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "Placement",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "RoleRule",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "StatedTotals",
                table: "FundingTables");

            migrationBuilder.DropColumn(
                name: "Written",
                table: "FundingAmounts");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "DecisionRecords");

            migrationBuilder.DropColumn(
                name: "OriginalPublishedOn",
                table: "DecisionRecords");

            migrationBuilder.DropColumn(
                name: "StatedTotal",
                table: "DecisionRecords");

            migrationBuilder.DropColumn(
                name: "StatedValue",
                table: "DecisionRecords");

            migrationBuilder.RenameColumn(
                name: "ValuePence",
                table: "PublishedVersions",
                newName: "TotalCommitmentPence");

            migrationBuilder.AlterColumn<string>(
                name: "SignerName",
                table: "Signatures",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "SignedAt",
                table: "Signatures",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsImported",
                table: "Signatures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IncludeInTotal",
                table: "FundingTables",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}
