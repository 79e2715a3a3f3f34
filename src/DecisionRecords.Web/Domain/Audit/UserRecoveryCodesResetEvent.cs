namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user made new recovery codes.</summary>
public sealed record UserRecoveryCodesResetEvent() : AuditPayload
{
    public override string Describe() =>
        "Made new recovery codes";
}
