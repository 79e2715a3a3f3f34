namespace DecisionRecords.Web.Domain;

/// <summary>An append-only record of something that happened; written in the same transaction as the change.</summary>
public class AuditEvent
{
    public const int EventTypeMaxLength = 100;
    public const int SummaryMaxLength = 4000;

    private AuditEvent()
    {
    }

    public AuditEvent(string eventType, Guid? decisionRecordId, string? userId, string? userName, string? ipAddress, DateTimeOffset occurredAt, string summary)
    {
        EventType = eventType;
        DecisionRecordId = decisionRecordId;
        UserId = userId;
        UserName = userName;
        IpAddress = ipAddress;
        OccurredAt = occurredAt;
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
    }

    public long Id { get; private set; }

    public string EventType { get; private set; } = "";

    public Guid? DecisionRecordId { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? IpAddress { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Summary { get; private set; } = "";

    /// <summary>Position in the chain of all events, from 1 with no gaps.</summary>
    public long Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 of this event's fields and the previous event's hash: editing or deleting any row breaks the chain.</summary>
    public string Hash { get; private set; } = "";

    internal void Chain(long sequence, string? previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PreviousHash ?? "",
            EventType,
            DecisionRecordId?.ToString() ?? "",
            UserId ?? "",
            UserName ?? "",
            IpAddress ?? "",
            OccurredAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Summary);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>The single row that holds the end of the audit chain; updating it first serialises writers.</summary>
public class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string? LastHash { get; set; }
}

public static class AuditEventTypes
{
    public const string RecordCreated = "record.created";
    public const string RecordDetailsUpdated = "record.details-updated";
    public const string RecordSectionUpdated = "record.section-updated";
    public const string FundingTableAdded = "funding-table.added";
    public const string FundingTableUpdated = "funding-table.updated";
    public const string FundingTableRemoved = "funding-table.removed";
    public const string FundingTableMoved = "funding-table.moved";
    public const string AttachmentAdded = "attachment.added";
    public const string AttachmentRemoved = "attachment.removed";
    public const string RecordDeleted = "record.deleted";
    public const string UserCreated = "user.created";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserOwnRolesChanged = "user.own-roles-changed";
    public const string UserInvited = "user.invited";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserSignedIn = "user.signed-in";
    public const string UserSignInFailed = "user.sign-in-failed";
    public const string UserTwoFactorEnabled = "user.two-factor-enabled";
    public const string UserTwoFactorDisabled = "user.two-factor-disabled";
    public const string UserAuthenticatorReset = "user.authenticator-reset";
    public const string UserRecoveryCodesReset = "user.recovery-codes-reset";
    public const string UserPasswordChanged = "user.password-changed";
    public const string UserSignedOut = "user.signed-out";
    public const string OfficeHolderSaved = "office-holder.saved";
    public const string RecordSubmitted = "record.submitted";
    public const string AdviceSigned = "signature.advice";
    public const string DeterminationSigned = "signature.determination";
    public const string DecisionSigned = "signature.decision";
    public const string RecordReturned = "record.returned";
    public const string RecordWithdrawn = "record.withdrawn";
    public const string RecordPublished = "record.published";
    public const string RecordWithheld = "record.withheld";
    public const string RecordImported = "record.imported";
    public const string RecordReopened = "record.reopened-for-amendment";
    public const string RecordUnpublished = "record.unpublished";
    public const string NoteExplained = "record.note-explained";
}
