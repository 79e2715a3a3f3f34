using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "ImportItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "ImportItems");
        }
    }
}
