using System.Text.Json.Serialization;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>
/// What an audit event says happened, stored as JSON with its event type as the discriminator. The words on the audit
/// and timeline pages come from <see cref="Describe"/> when the event is shown; they are never stored.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RecordCreatedEvent), AuditEventTypes.RecordCreated)]
[JsonDerivedType(typeof(RecordDetailsUpdatedEvent), AuditEventTypes.RecordDetailsUpdated)]
[JsonDerivedType(typeof(RecordSectionUpdatedEvent), AuditEventTypes.RecordSectionUpdated)]
[JsonDerivedType(typeof(FundingTableAddedEvent), AuditEventTypes.FundingTableAdded)]
[JsonDerivedType(typeof(FundingTableUpdatedEvent), AuditEventTypes.FundingTableUpdated)]
[JsonDerivedType(typeof(FundingTableRemovedEvent), AuditEventTypes.FundingTableRemoved)]
[JsonDerivedType(typeof(FundingTableMovedEvent), AuditEventTypes.FundingTableMoved)]
[JsonDerivedType(typeof(AttachmentAddedEvent), AuditEventTypes.AttachmentAdded)]
[JsonDerivedType(typeof(AttachmentRemovedEvent), AuditEventTypes.AttachmentRemoved)]
[JsonDerivedType(typeof(RecordDeletedEvent), AuditEventTypes.RecordDeleted)]
[JsonDerivedType(typeof(RecordSubmittedEvent), AuditEventTypes.RecordSubmitted)]
[JsonDerivedType(typeof(AdviceSignedEvent), AuditEventTypes.AdviceSigned)]
[JsonDerivedType(typeof(DeterminationSignedEvent), AuditEventTypes.DeterminationSigned)]
[JsonDerivedType(typeof(DecisionSignedEvent), AuditEventTypes.DecisionSigned)]
[JsonDerivedType(typeof(RecordReturnedEvent), AuditEventTypes.RecordReturned)]
[JsonDerivedType(typeof(RecordWithdrawnEvent), AuditEventTypes.RecordWithdrawn)]
[JsonDerivedType(typeof(RecordPublishedEvent), AuditEventTypes.RecordPublished)]
[JsonDerivedType(typeof(RecordWithheldEvent), AuditEventTypes.RecordWithheld)]
[JsonDerivedType(typeof(RecordImportedEvent), AuditEventTypes.RecordImported)]
[JsonDerivedType(typeof(RecordReplacedFromArchiveEvent), AuditEventTypes.RecordReplacedFromArchive)]
[JsonDerivedType(typeof(RecordReopenedEvent), AuditEventTypes.RecordReopened)]
[JsonDerivedType(typeof(RecordUnpublishedEvent), AuditEventTypes.RecordUnpublished)]
[JsonDerivedType(typeof(NoteExplainedEvent), AuditEventTypes.NoteExplained)]
[JsonDerivedType(typeof(CategorySetEvent), AuditEventTypes.CategorySet)]
[JsonDerivedType(typeof(PdfSealedEvent), AuditEventTypes.PdfSealed)]
[JsonDerivedType(typeof(PdfResealedEvent), AuditEventTypes.PdfResealed)]
[JsonDerivedType(typeof(UserCreatedEvent), AuditEventTypes.UserCreated)]
[JsonDerivedType(typeof(UserInvitedEvent), AuditEventTypes.UserInvited)]
[JsonDerivedType(typeof(UserRolesChangedEvent), AuditEventTypes.UserRolesChanged)]
[JsonDerivedType(typeof(UserOwnRolesChangedEvent), AuditEventTypes.UserOwnRolesChanged)]
[JsonDerivedType(typeof(UserDisabledEvent), AuditEventTypes.UserDisabled)]
[JsonDerivedType(typeof(UserEnabledEvent), AuditEventTypes.UserEnabled)]
[JsonDerivedType(typeof(UserSignedInEvent), AuditEventTypes.UserSignedIn)]
[JsonDerivedType(typeof(UserSignInFailedEvent), AuditEventTypes.UserSignInFailed)]
[JsonDerivedType(typeof(UserSignedOutEvent), AuditEventTypes.UserSignedOut)]
[JsonDerivedType(typeof(UserAuthenticatorResetEvent), AuditEventTypes.UserAuthenticatorReset)]
[JsonDerivedType(typeof(UserTwoFactorEnabledEvent), AuditEventTypes.UserTwoFactorEnabled)]
[JsonDerivedType(typeof(UserTwoFactorDisabledEvent), AuditEventTypes.UserTwoFactorDisabled)]
[JsonDerivedType(typeof(UserRecoveryCodesResetEvent), AuditEventTypes.UserRecoveryCodesReset)]
[JsonDerivedType(typeof(UserPasswordChangedEvent), AuditEventTypes.UserPasswordChanged)]
[JsonDerivedType(typeof(OfficeHolderSavedEvent), AuditEventTypes.OfficeHolderSaved)]
[JsonDerivedType(typeof(AlertSubscriberExportedEvent), AuditEventTypes.AlertSubscriberExported)]
[JsonDerivedType(typeof(PlanItemAddedEvent), AuditEventTypes.PlanItemAdded)]
[JsonDerivedType(typeof(PlanItemChangedEvent), AuditEventTypes.PlanItemChanged)]
[JsonDerivedType(typeof(LegacyTextEvent), AuditEventTypes.LegacyText)]
public abstract record AuditPayload
{
    /// <summary>The event in words, for the audit log and the record's timeline.</summary>
    public abstract string Describe();
}
