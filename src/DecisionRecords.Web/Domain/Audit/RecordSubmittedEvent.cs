namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A draft went for sign-off; the event's content hash is of the record as submitted.</summary>
public sealed record RecordSubmittedEvent(string Reference) : AuditPayload
{
    public override string Describe() =>
        $"Submitted {Reference} for sign-off";
}
