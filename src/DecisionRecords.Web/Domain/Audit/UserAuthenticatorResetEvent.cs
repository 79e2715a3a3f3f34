namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user set up a new authenticator key.</summary>
public sealed record UserAuthenticatorResetEvent() : AuditPayload
{
    public override string Describe() =>
        "Set up a new authenticator key";
}
