namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A document was attached to a draft.</summary>
public sealed record AttachmentAddedEvent(Guid AttachmentId, string Title, string FileName, long SizeBytes, bool IsPublic) : AuditPayload
{
    public override string Describe() =>
        $"Attached \"{Title}\" ({FileName}, {SizeBytes} bytes, {(IsPublic ? "public" : "exempt")})";
}
