namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user signed out; every session of theirs ended.</summary>
public sealed record UserSignedOutEvent() : AuditPayload
{
    public override string Describe() =>
        "Signed out";
}
