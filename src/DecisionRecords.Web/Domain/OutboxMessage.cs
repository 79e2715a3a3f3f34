namespace DecisionRecords.Web.Domain;

/// <summary>An email waiting to be sent; written with the change that caused it, sent and retried in the background.</summary>
public class OutboxMessage
{
    public const int MaxAttempts = 8;
    public const int ClaimedByMaxLength = WorkClaim.OwnerMaxLength;
    public const int UnsubscribeUrlMaxLength = 500;

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, string to, string subject, string body, DateTimeOffset createdAt)
    {
        Id = id;
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>For an email alert: the one-click unsubscribe address its List-Unsubscribe header gives (RFC 8058).</summary>
    public string? UnsubscribeUrl { get; init; }

    /// <summary>For an email to a member of the public: when it is erased, as the alerts privacy notice says.</summary>
    public DateTimeOffset? EraseAfter { get; init; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The instance sending it, until <see cref="ClaimedUntil"/>; another takes it over only after that.</summary>
    public string? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>
    /// When an instance last began handing it to the mail server. Set and saved before the hand-over, so that an
    /// instance that takes it over knows it may already have gone, and sends it again with the same Message-ID.
    /// </summary>
    public DateTimeOffset? SendStartedAt { get; private set; }

    /// <summary>How many times it was handed to the mail server without the outcome being recorded: 0 normally.</summary>
    public int UnrecordedSends { get; private set; }

    /// <summary>The same for every attempt, so that mail systems drop a copy sent again after a crash.</summary>
    public string MessageId(string domain) => $"{Id:N}@{domain}";

    /// <summary>Saved before the hand-over: from here the message may have reached the mail server.</summary>
    public void BeginSend(DateTimeOffset now)
    {
        if (SendStartedAt is not null)
        {
            UnrecordedSends++;
        }

        SendStartedAt = now;
    }

    public bool GaveUp => SentAt is null && Attempts >= MaxAttempts;

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>The mail system will never deliver it: no more attempts.</summary>
    public void MarkRejected(DateTimeOffset now, string error)
    {
        Attempts = MaxAttempts;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now;
        SendStartedAt = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>Backs off exponentially: 1, 2, 4 ... minutes.</summary>
    public void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts - 1));
        SendStartedAt = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }
}
