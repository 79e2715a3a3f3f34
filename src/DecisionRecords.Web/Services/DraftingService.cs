using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;

namespace DecisionRecords.Web.Services;

/// <summary>The author's work on a record: create it, edit its details, text, funding tables and documents, delete or withdraw it.</summary>
public class DraftingService(RecordChanges changes, ReferenceAllocator references, Data.DecisionRecordsDbContext db)
{
    /// <param name="alongside">Anything else the same save does, such as marking the forward plan item the draft comes from.</param>
    public async Task<ChangeResult> CreateAsync(ActingContext actor, RecordDetails details, CancellationToken cancellationToken, Func<RecordChange, Task>? alongside = null)
    {
        // The reference is allocated inside the transaction that saves the record, so two new drafts never share one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await references.AllocateAsync(UkTime.ToLondon(actor.Now).Year, cancellationToken);
        var record = new DecisionRecord(Guid.NewGuid(), reference, details.Title, actor.UserId!, actor.Now);
        var result = await changes.AddAsync(actor, RecordOperation.Create, record, async change =>
        {
            record.UpdateDetails(details.Title, details.RecordDate, details.ReceivedDate, details.OfficersPresent, details.Category);
            record.SetStatedValue(details.StatedValue);
            record.SetRelations(details.Relations ?? [], null);
            change.Raise(new RecordCreatedEvent(reference, record.Title));
            if (alongside is not null)
            {
                await alongside(change);
            }
        }, cancellationToken);
        if (result.Outcome == ChangeOutcome.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public Task<ChangeResult> UpdateDetailsAsync(ActingContext actor, Guid id, int version, RecordDetails details, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var before = RecordFields.Of(record);
            record.UpdateDetails(details.Title, details.RecordDate, details.ReceivedDate, details.OfficersPresent, details.Category);
            record.SetStatedValue(details.StatedValue);
            record.SetRelations(details.Relations ?? record.Relations, record.ReferenceMarker);
            return new RecordDetailsUpdatedEvent(before.Zip(RecordFields.Of(record)).Where(p => p.First.Value != p.Second.Value)
                .Select(p => new FieldChange(p.First.Label, p.First.Value, p.Second.Value)).ToList());
        }, cancellationToken);

    public Task<ChangeResult> UpdateNoticeAsync(ActingContext actor, Guid id, int version, bool? keyDecision, NoticeException? exception, string? reason, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var before = RecordFields.NoticeOf(record);
            record.SetNotice(keyDecision, exception, reason);
            return new RecordDetailsUpdatedEvent(before.Zip(RecordFields.NoticeOf(record)).Where(p => p.First.Value != p.Second.Value)
                .Select(p => new FieldChange(p.First.Label, p.First.Value, p.Second.Value)).ToList());
        }, cancellationToken);

    public Task<ChangeResult> UpdateSectionAsync(ActingContext actor, Guid id, int version, RecordSection section, string text, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var before = record.GetSection(section);
            record.UpdateSection(section, text);
            return new RecordSectionUpdatedEvent(section, before, record.GetSection(section));
        }, cancellationToken);

    public Task<ChangeResult> AddFundingTableAsync(ActingContext actor, Guid id, int version, Guid tableId, FundingTableEdit edit, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var table = record.AddFundingTable(tableId, edit);
            var totals = PublishedTable.From(table, applyExemptions: false);
            return new FundingTableAddedEvent(table.Id, table.Caption, table.FinancialYears, table.Lines.Count, totals.GrandTotalPence);
        }, cancellationToken);

    public Task<ChangeResult> SaveFundingTableAsync(ActingContext actor, Guid id, int version, Guid tableId, FundingTableEdit edit, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var table = record.FundingTables.SingleOrDefault(t => t.Id == tableId) ?? throw new DomainException("That funding table is not part of this record.");
            var (linesBefore, totalBefore) = (table.Lines.Count, PublishedTable.From(table, applyExemptions: false).GrandTotalPence);

            // What the original states, and where the table stood in its text, stay with the table through an edit.
            record.ReplaceFundingTable(tableId, edit with { StatedTotals = table.StatedTotals, AfterBlock = edit.Placement == table.Placement ? table.AfterBlock : null });
            return new FundingTableUpdatedEvent(table.Id, table.Caption, linesBefore, totalBefore, table.Lines.Count, PublishedTable.From(table, applyExemptions: false).GrandTotalPence);
        }, cancellationToken);

    public Task<ChangeResult> RemoveFundingTableAsync(ActingContext actor, Guid id, int version, Guid tableId, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var caption = record.FundingTables.SingleOrDefault(t => t.Id == tableId)?.Caption ?? "";
            record.RemoveFundingTable(tableId);
            return new FundingTableRemovedEvent(tableId, caption);
        }, cancellationToken);

    public Task<ChangeResult> MoveFundingTableAsync(ActingContext actor, Guid id, int version, Guid tableId, int offset, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            record.MoveFundingTable(tableId, offset);
            return new FundingTableMovedEvent(tableId, record.FundingTables.Single(t => t.Id == tableId).Caption, offset);
        }, cancellationToken);

    public Task<ChangeResult> AddAttachmentAsync(ActingContext actor, Guid id, int version, NewAttachment file, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var attachment = new Attachment(Guid.NewGuid(), record.Id, file.Title.Trim(), file.FileName, file.ContentType, file.Data.LongLength, file.IsPublic, actor.UserId!, actor.Now)
            {
                Content = new AttachmentContent { Data = file.Data },
            };
            record.AddAttachment(attachment);
            return new AttachmentAddedEvent(attachment.Id, attachment.Title, attachment.FileName, attachment.SizeBytes, attachment.IsPublic);
        }, cancellationToken);

    public Task<ChangeResult> RemoveAttachmentAsync(ActingContext actor, Guid id, int version, Guid attachmentId, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, record =>
        {
            var attachment = record.RemoveAttachment(attachmentId);
            return new AttachmentRemovedEvent(attachment.Id, attachment.Title);
        }, cancellationToken);

    public Task<ChangeResult> DeleteAsync(ActingContext actor, Guid id, int version, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Delete, change =>
        {
            change.Record.EnsureDeletable();
            change.Delete();
            change.Raise(new RecordDeletedEvent(change.Record.Reference, change.Record.Title));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ChangeResult> WithdrawAsync(ActingContext actor, Guid id, int version, string reason, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Withdraw, change =>
        {
            change.Record.Withdraw(reason, actor.Now);
            change.Raise(new RecordWithdrawnEvent(change.Record.WithdrawnReason!));
            return Task.CompletedTask;
        }, cancellationToken);

    private Task<ChangeResult> EditAsync(ActingContext actor, Guid id, int version, Func<DecisionRecord, AuditPayload> edit, CancellationToken cancellationToken) =>
        changes.ApplyAsync(actor, id, version, RecordOperation.Edit, change =>
        {
            change.Raise(edit(change.Record));
            return Task.CompletedTask;
        }, cancellationToken);
}
