namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A document was removed from a draft.</summary>
public sealed record AttachmentRemovedEvent(Guid AttachmentId, string Title) : AuditPayload
{
    public override string Describe() =>
        $"Removed attachment \"{Title}\"";
}
