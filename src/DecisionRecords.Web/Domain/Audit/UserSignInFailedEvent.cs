namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A sign-in failed; the email is as typed, which may be no user's.</summary>
public sealed record UserSignInFailedEvent(string Email, bool LockedOut, bool AtSecurityCode) : AuditPayload
{
    public override string Describe() =>
        (AtSecurityCode, LockedOut) switch
        {
            (true, true) => "Locked out at security code",
            (true, false) => "Wrong security code",
            (false, true) => $"Locked out: {Email}",
            _ => $"Failed sign-in: {Email}",
        };
}
