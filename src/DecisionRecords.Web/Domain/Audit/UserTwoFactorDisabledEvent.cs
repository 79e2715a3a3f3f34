namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user turned off two-factor sign-in.</summary>
public sealed record UserTwoFactorDisabledEvent() : AuditPayload
{
    public override string Describe() =>
        "Turned off two-factor sign-in";
}
