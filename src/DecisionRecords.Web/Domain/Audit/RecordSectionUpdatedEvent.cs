namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A section of text of a draft was saved; both texts are kept, so the timeline can say what changed.</summary>
public sealed record RecordSectionUpdatedEvent(RecordSection Section, string Before, string After) : AuditPayload
{
    public override string Describe() =>
        Before == After ? $"{Section.DisplayName()}: no changes" : $"{Section.DisplayName()}: {Before.Length} characters before, {After.Length} after";
}
