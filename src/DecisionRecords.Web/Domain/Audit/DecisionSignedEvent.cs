using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>The Commissioner recorded the decision; the content hash is of the record they signed.</summary>
public sealed record DecisionSignedEvent(Guid SignatureId, string SignerName, DecisionOutcome Outcome, DateOnly DecisionDate, DateOnly PublishOn, string? Comments) : AuditPayload
{
    public override string Describe() =>
        $"{SignerName} recorded the decision: {Outcome.DisplayName()} on {UkTime.FormatDate(DecisionDate)}; publish on {UkTime.FormatDate(PublishOn)}";
}
