using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContentlessSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to change: SQL Server searches the published text without a full-text index. The migration
            // keeps both providers' sets in step with SQLite's, which rebuilt its index here.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
