using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DecisionRecords.Web.Data;

/// <summary>
/// Fault injection for the crash tests, and nothing else: only in the Testing environment with Testing:KillSwitch
/// on, a request carrying <see cref="Header"/> ends the whole process, as a power cut would, at that point of its
/// save: "saving" (before any SQL of the save), "command:N" (after the save's Nth SQL command), "committing" (every
/// command run, the transaction not committed) or "committed" (committed, the response not sent).
/// </summary>
public sealed class KillSwitch : DbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    public const string Header = "X-Kill-At";

    private static readonly AsyncLocal<Armed?> Current = new();

    public static bool IsAllowed(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsEnvironment("Testing") && configuration.GetValue<bool>("Testing:KillSwitch");

    /// <summary>Arms the switch for the rest of this request.</summary>
    public static void Arm(string point) => Current.Value = new Armed(point);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check("saving");
        if (Current.Value is { } armed)
        {
            armed.Saving = true;
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Counted();
        return ValueTask.FromResult(result);
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Counted();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check("committing");
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Check("committed");
        return Task.CompletedTask;
    }

    private static void Counted()
    {
        if (Current.Value is { Saving: true } armed)
        {
            armed.Commands++;
            Check($"command:{armed.Commands}");
        }
    }

    private static void Check(string point)
    {
        if (Current.Value?.Point == point)
        {
            Process.GetCurrentProcess().Kill();
        }
    }

    private sealed class Armed(string point)
    {
        public string Point { get; } = point;

        public bool Saving { get; set; }

        public int Commands { get; set; }
    }
}
