using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
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
                UPDATE "Signatures" SET "SignedAt" = NULL WHERE "Confirmation" = 'Paper';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Signatures" SET "SignedAt" = "DatedOn" || ' 12:00:00' WHERE "Confirmation" = 'Paper' AND "DatedOn" IS NOT NULL;
                """);
        }
    }
}
