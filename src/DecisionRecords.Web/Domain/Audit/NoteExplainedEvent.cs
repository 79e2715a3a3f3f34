namespace DecisionRecords.Web.Domain.Audit;

/// <summary>The Monitoring Officer explained a note on the record to the public, or removed the explanation.</summary>
public sealed record NoteExplainedEvent(Guid NoteId, int Position, string ExplainedBy, string? Explanation) : AuditPayload
{
    public override string Describe() =>
        Explanation is null ? $"{ExplainedBy} removed the explanation of note {Position + 1}" : $"{ExplainedBy} explained note {Position + 1}: {Explanation}";
}
