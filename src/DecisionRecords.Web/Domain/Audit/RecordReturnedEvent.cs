namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A record in sign-off went back to its author; every signature on it became void.</summary>
public sealed record RecordReturnedEvent(string ReturnedBy, int SignaturesVoided, string Comment) : AuditPayload
{
    public override string Describe() =>
        $"{ReturnedBy} returned the record to its author; {SignaturesVoided} signatures void. Comment: {Comment}";
}
