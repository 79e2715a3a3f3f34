using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>The Chief Executive or Chief Finance Officer confirmed the advice; the content hash is of the record they signed.</summary>
public sealed record AdviceSignedEvent(Guid SignatureId, string SignerName, string? SignerJobTitle, SignatureConfirmation Confirmation) : AuditPayload
{
    public override string Describe() =>
        $"{SignerName}{(SignerJobTitle is null ? "" : $", {SignerJobTitle},")} confirmed the advice ({RecordWording.Confirmation(Confirmation)})";
}
