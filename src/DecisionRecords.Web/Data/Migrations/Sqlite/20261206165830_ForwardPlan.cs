using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecisionMaker = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ExpectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedDayKnown = table.Column<bool>(type: "INTEGER", nullable: false),
                    EstimatedValuePence = table.Column<long>(type: "INTEGER", nullable: true),
                    SignificantEffect = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsKeyDecision = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyDecisionBecause = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeadOfficer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Representations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsExempt = table.Column<bool>(type: "INTEGER", nullable: false),
                    GeneralTerms = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExemptReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FirstPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanItemChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
