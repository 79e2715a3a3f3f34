namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user turned on two-factor sign-in.</summary>
public sealed record UserTwoFactorEnabledEvent() : AuditPayload
{
    public override string Describe() =>
        "Turned on two-factor sign-in";
}
