namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator created a user.</summary>
public sealed record UserCreatedEvent(string Email, IReadOnlyList<string> Roles) : AuditPayload
{
    public override string Describe() =>
        $"Created user {Email} with roles {string.Join(", ", Roles)}";
}
