using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TypedAuditEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "AuditEvents",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HashForm",
                table: "AuditEvents",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "AuditEvents",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            // Events written before payloads were typed keep their words, which their hashes cover (hash form 1), and
            // the content hash their words name moves to its own column. EXEC, because the idempotent script compiles
            // each block even when it skips it, and Summary is gone once this migration has run.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE AuditEvents SET
                    Payload = N''{"type":"legacy-text","text":"'' + STRING_ESCAPE(Summary, ''json'') + N''"}'',
                    HashForm = 1,
                    ContentHash = CASE WHEN CHARINDEX(N''content hash '', Summary) > 0 THEN SUBSTRING(Summary, CHARINDEX(N''content hash '', Summary) + 13, 64) END;')
                """);

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "AuditEvents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "AuditEvents",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // Typed events go back as their JSON: their words are not stored, and the old hash form does not cover them.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE AuditEvents SET Summary = CASE WHEN HashForm = 1 THEN JSON_VALUE(Payload, ''$.text'') ELSE LEFT(Payload, 4000) END;')
                """);

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "HashForm",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "AuditEvents");

        }
    }
}
