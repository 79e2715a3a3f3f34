namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user changed their password.</summary>
public sealed record UserPasswordChangedEvent() : AuditPayload
{
    public override string Describe() =>
        "Changed their password";
}
