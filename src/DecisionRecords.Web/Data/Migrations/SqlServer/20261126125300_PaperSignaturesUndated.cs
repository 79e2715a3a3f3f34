using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaperSignaturesUndated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A paper signature has the date written on it (DatedOn), not a time it was signed here; the column
            // could only be emptied once the previous migration made it nullable.
            migrationBuilder.Sql("""
                UPDATE [Signatures] SET [SignedAt] = NULL WHERE [Confirmation] = 'Paper';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE [Signatures] SET [SignedAt] = DATEADD(hour, 12, CAST([DatedOn] AS datetime2)) WHERE [Confirmation] = 'Paper' AND [DatedOn] IS NOT NULL;
                """);
        }
    }
}
