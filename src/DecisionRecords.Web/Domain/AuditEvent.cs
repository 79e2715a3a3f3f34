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
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserSignedIn = "user.signed-in";
    public const string UserSignInFailed = "user.sign-in-failed";
    public const string UserTwoFactorEnabled = "user.two-factor-enabled";
    public const string UserTwoFactorDisabled = "user.two-factor-disabled";
    public const string OfficeHolderSaved = "office-holder.saved";
}
