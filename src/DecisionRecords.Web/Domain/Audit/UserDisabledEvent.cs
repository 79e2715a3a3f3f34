namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator disabled a user.</summary>
public sealed record UserDisabledEvent(string Email) : AuditPayload
{
    public override string Describe() =>
        $"Disabled {Email}";
}
