namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user signed in.</summary>
public sealed record UserSignedInEvent(bool WithSecurityCode) : AuditPayload
{
    public override string Describe() =>
        WithSecurityCode ? "Signed in with password and security code" : "Signed in with password";
}
