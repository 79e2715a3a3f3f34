namespace DecisionRecords.Web.Domain;

/// <summary>An email waiting to be sent; written with the change that caused it, sent and retried in the background.</summary>
public class OutboxMessage
{
    public const int MaxAttempts = 8;

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

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public bool GaveUp => SentAt is null && Attempts >= MaxAttempts;

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Backs off exponentially: 1, 2, 4 ... minutes.</summary>
    public void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts - 1));
    }
}
