namespace DecisionRecords.Web.Services.Changes;

/// <summary>Thrown by <see cref="RecordChange.Refuse"/>: the change stops, nothing is written, and the user is told why.</summary>
public sealed class ChangeRefusedException(string message, string? field) : Exception(message)
{
    public string? Field { get; } = field;
}
