using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DecisionRecords.Web.Data;

/// <summary>
/// Each SQLite connection reads the database through a memory map, so a search or page that touches thousands of
/// index pages reads them from the shared OS page cache instead of copying each one through a read call into a small
/// cache of its own.
/// </summary>
public sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    public const long Bytes = 1L << 30;

    public static readonly SqliteMemoryMap Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {Bytes};";
        command.ExecuteNonQuery();
    }
}
