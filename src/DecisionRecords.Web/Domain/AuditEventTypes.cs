namespace DecisionRecords.Web.Domain;

/// <summary>The name of each kind of event, as stored and as documented in docs/audit.md.</summary>
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
    public const string RecordReplacedFromArchive = "record.replaced-from-archive";
    public const string RecordReopened = "record.reopened-for-amendment";
    public const string RecordUnpublished = "record.unpublished";
    public const string NoteExplained = "record.note-explained";

    public const string CategorySet = "record.category-set";
    public const string PdfSealed = "pdf.sealed";
    public const string PdfResealed = "pdf.resealed";
    public const string AlertSubscriberExported = "alerts.subscriber-exported";
    public const string PlanItemAdded = "plan-item.added";
    public const string PlanItemChanged = "plan-item.changed";

    /// <summary>An event written before events were typed; see <see cref="Audit.LegacyTextEvent"/>.</summary>
    public const string LegacyText = "legacy-text";
}
