using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyDecisionNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Snapshot",
                table: "PlanItemChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeyDecision",
                table: "DecisionRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeException",
                table: "DecisionRecords",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeReason",
                table: "DecisionRecords",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Snapshot",
                table: "PlanItemChanges");

            migrationBuilder.DropColumn(
                name: "KeyDecision",
                table: "DecisionRecords");

            migrationBuilder.DropColumn(
                name: "NoticeException",
                table: "DecisionRecords");

            migrationBuilder.DropColumn(
                name: "NoticeReason",
                table: "DecisionRecords");
        }
    }
}
