namespace DecisionRecords.Web.Domain.Audit;

/// <summary>The details at the top of a draft (title, dates, officers, category, stated value) were saved.</summary>
public sealed record RecordDetailsUpdatedEvent(IReadOnlyList<FieldChange> Changes) : AuditPayload
{
    public override string Describe() =>
        Changes.Count == 0 ? "No changes" : string.Join("; ", Changes.Select(c => $"{c.Field}: \"{c.Before}\" to \"{c.After}\""));
}
