namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A user was sent an invitation to set their password.</summary>
public sealed record UserInvitedEvent(string Email) : AuditPayload
{
    public override string Describe() =>
        $"Sent {Email} an invitation to set a password";
}
