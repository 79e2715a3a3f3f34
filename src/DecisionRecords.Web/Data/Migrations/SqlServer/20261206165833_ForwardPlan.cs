using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ForwardPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Matter = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DecisionMaker = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ExpectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedDayKnown = table.Column<bool>(type: "bit", nullable: false),
                    EstimatedValuePence = table.Column<long>(type: "bigint", nullable: true),
                    SignificantEffect = table.Column<bool>(type: "bit", nullable: false),
                    IsKeyDecision = table.Column<bool>(type: "bit", nullable: false),
                    KeyDecisionBecause = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeadOfficer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Documents = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Representations = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IsExempt = table.Column<bool>(type: "bit", nullable: false),
                    GeneralTerms = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExemptReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FirstPublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanItemChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItemChanges_PlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "PlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemChanges_PlanItemId_ChangedAt",
                table: "PlanItemChanges",
                columns: new[] { "PlanItemId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_ExpectedOn",
                table: "PlanItems",
                column: "ExpectedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanItemChanges");

            migrationBuilder.DropTable(
                name: "PlanItems");
        }
    }
}
