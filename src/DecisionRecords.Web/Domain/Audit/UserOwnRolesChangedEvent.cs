namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator changed their own roles; the other administrators are told.</summary>
public sealed record UserOwnRolesChangedEvent(string Email, IReadOnlyList<string> Added, IReadOnlyList<string> Removed) : AuditPayload
{
    public override string Describe() =>
        $"{Email} changed their own roles: added [{string.Join(", ", Added)}], removed [{string.Join(", ", Removed)}]";
}
