using System.Security.Cryptography;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// An address's confirmed wish to be emailed when a decision matching <see cref="Criteria"/> is published or amended.
/// Stored only once the address owner has clicked the link in the confirmation email.
/// </summary>
public class AlertSubscription
{
    public const int EmailMaxLength = 256;
    public const int TokenLength = 43;
    public const int EndReasonMaxLength = 200;

    private AlertSubscription()
    {
    }

    public AlertSubscription(Guid id, string email, AlertCriteria criteria, AlertFrequency frequency, DateTimeOffset createdAt)
    {
        Id = id;
        Email = email;
        Criteria = criteria;
        Frequency = frequency;
        CreatedAt = createdAt;
        UnsubscribeToken = Base64Url(RandomNumberGenerator.GetBytes(32));
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = "";

    public AlertCriteria Criteria { get; private set; } = new();

    public AlertFrequency Frequency { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>In every email's unsubscribe link: needs no sign-in and never expires.</summary>
    public string UnsubscribeToken { get; private set; } = "";

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsActive => EndedAt is null;

    /// <summary>Changes how often the subscription is emailed; an ended subscription cannot be changed.</summary>
    public void ChangeFrequency(AlertFrequency frequency)
    {
        if (EndedAt is not null)
        {
            throw new DomainException("This subscription has ended. Sign up again to get emails.");
        }

        if (!Enum.IsDefined(frequency))
        {
            throw new DomainException("Choose how often you want emails.");
        }

        Frequency = frequency;
    }

    /// <summary>Ends the subscription; ending it again changes nothing.</summary>
    public void End(DateTimeOffset now, string reason)
    {
        if (EndedAt is not null)
        {
            return;
        }

        EndedAt = now;
        EndReason = reason.Length > EndReasonMaxLength ? reason[..EndReasonMaxLength] : reason;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
