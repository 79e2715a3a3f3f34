using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DecisionRecords.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HashForm",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "AuditEvents",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Events written before payloads were typed keep their words, which their hashes cover (hash form 1), and
            // the content hash their words name moves to its own column.
            migrationBuilder.Sql("""
                UPDATE AuditEvents SET
                    Payload = json_object('type', 'legacy-text', 'text', Summary),
                    HashForm = 1,
                    ContentHash = CASE WHEN instr(Summary, 'content hash ') > 0 THEN substr(Summary, instr(Summary, 'content hash ') + 13, 64) END;
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
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // Typed events go back as their JSON: their words are not stored, and the old hash form does not cover them.
            migrationBuilder.Sql("""
                UPDATE AuditEvents SET Summary = CASE WHEN HashForm = 1 THEN json_extract(Payload, '$.text') ELSE substr(Payload, 1, 4000) END;
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
