namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator changed another user's roles.</summary>
public sealed record UserRolesChangedEvent(string Email, IReadOnlyList<string> Added, IReadOnlyList<string> Removed) : AuditPayload
{
    public override string Describe() =>
        $"{Email}: added [{string.Join(", ", Added)}], removed [{string.Join(", ", Removed)}]";
}
