namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator enabled a user again.</summary>
public sealed record UserEnabledEvent(string Email) : AuditPayload
{
    public override string Describe() =>
        $"Enabled {Email}";
}
