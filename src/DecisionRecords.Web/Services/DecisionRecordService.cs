using System.Security.Claims;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

public enum SaveOutcome
{
    Saved,
    NotFound,

    /// <summary>Someone else saved the record since the user loaded it; nothing was written.</summary>
    Conflict,
}

public sealed record SaveResult(SaveOutcome Outcome, DecisionRecord? Current = null)
{
    public static readonly SaveResult NotFound = new(SaveOutcome.NotFound);
}

/// <param name="StatedValue">The value of the decision as the record states it, where it states one.</param>
public sealed record RecordDetails(string Title, DateOnly? RecordDate, DateOnly? ReceivedDate, IReadOnlyList<string> OfficersPresent, string? Category, StatedFigure? StatedValue = null);

public sealed record NewAttachment(string Title, string FileName, string ContentType, byte[] Data, bool IsPublic);

/// <summary>Drafting: every change to a record goes through here, checks the caller's version, and is audited in the same transaction.</summary>
public class DecisionRecordService(
    DecisionRecordsDbContext db,
    ReferenceAllocator referenceAllocator,
    AuditLog audit,
    TimeProvider time,
    IHttpContextAccessor httpContextAccessor)
{
    private string UserId => httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in user.");

    public Task<DecisionRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Load().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<string> DisplayNameAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "Another officer";

    public async Task<DecisionRecord> CreateAsync(RecordDetails details, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await referenceAllocator.AllocateAsync(UkTime.ToLondon(now).Year, cancellationToken);
        var record = new DecisionRecord(Guid.NewGuid(), reference, details.Title, UserId, now);
        record.UpdateDetails(details.Title, details.RecordDate, details.ReceivedDate, details.OfficersPresent, details.Category);
        record.SetStatedValue(details.StatedValue);
        db.DecisionRecords.Add(record);
        audit.Add(AuditEventTypes.RecordCreated, record.Id, $"Created {reference}: {record.Title}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    public Task<SaveResult> UpdateDetailsAsync(Guid id, int expectedVersion, RecordDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            var changes = new List<string>();
            Compare(changes, "Title", record.Title, details.Title.Trim());
            Compare(changes, "Date", UkTime.FormatDate(record.RecordDate), UkTime.FormatDate(details.RecordDate));
            Compare(changes, "Received in OPCC date", UkTime.FormatDate(record.ReceivedDate), UkTime.FormatDate(details.ReceivedDate));
            Compare(changes, "Officers present", string.Join(", ", record.OfficersPresent), string.Join(", ", details.OfficersPresent.Select(o => o.Trim()).Where(o => o.Length > 0)));
            Compare(changes, "Category", record.Category ?? "", details.Category?.Trim() ?? "");
            Compare(changes, "Stated value", record.StatedValue?.Written ?? "", details.StatedValue?.Written ?? "");
            record.UpdateDetails(details.Title, details.RecordDate, details.ReceivedDate, details.OfficersPresent, details.Category);
            record.SetStatedValue(details.StatedValue);
            audit.Add(AuditEventTypes.RecordDetailsUpdated, record.Id, changes.Count == 0 ? "No changes" : string.Join("; ", changes));
        }, cancellationToken);

    public Task<SaveResult> UpdateSectionAsync(Guid id, int expectedVersion, RecordSection section, string text, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            var before = record.GetSection(section);
            record.UpdateSection(section, text);
            var summary = before == record.GetSection(section)
                ? $"{section}: no changes"
                : $"{section}: {before.Length} characters before, {record.GetSection(section).Length} after";
            audit.Add(AuditEventTypes.RecordSectionUpdated, record.Id, summary);
        }, cancellationToken);

    public async Task<(SaveResult Result, Guid TableId)> AddFundingTableAsync(Guid id, int expectedVersion, FundingTableEdit edit, CancellationToken cancellationToken)
    {
        var tableId = Guid.NewGuid();
        var result = await ChangeAsync(id, expectedVersion, record =>
        {
            var table = record.AddFundingTable(tableId, edit.Caption);
            table.Replace(edit);
            audit.Add(AuditEventTypes.FundingTableAdded, record.Id, $"Added funding table \"{table.Caption}\" ({string.Join(", ", table.FinancialYears)})");
        }, cancellationToken);
        return (result, tableId);
    }

    public Task<SaveResult> SaveFundingTableAsync(Guid id, Guid tableId, int expectedVersion, FundingTableEdit edit, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            var table = record.FundingTables.SingleOrDefault(t => t.Id == tableId)
                ?? throw new DomainException("That funding table is not part of this record.");
            var before = $"{table.Lines.Count} lines, total {Money.Format(table.GrandTotalPence)}";

            // What the original states, and where the table stood in its text, stay with the table through an edit.
            table.Replace(edit with { StatedTotals = table.StatedTotals, AfterBlock = edit.Placement == table.Placement ? table.AfterBlock : null });
            audit.Add(AuditEventTypes.FundingTableUpdated, record.Id,
                $"Funding table \"{table.Caption}\": {before} before; {table.Lines.Count} lines, total {Money.Format(table.GrandTotalPence)} after");
        }, cancellationToken);

    public Task<SaveResult> RemoveFundingTableAsync(Guid id, Guid tableId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            var caption = record.FundingTables.SingleOrDefault(t => t.Id == tableId)?.Caption;
            record.RemoveFundingTable(tableId);
            audit.Add(AuditEventTypes.FundingTableRemoved, record.Id, $"Removed funding table \"{caption}\"");
        }, cancellationToken);

    public Task<SaveResult> MoveFundingTableAsync(Guid id, Guid tableId, int offset, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            record.MoveFundingTable(tableId, offset);
            var caption = record.FundingTables.Single(t => t.Id == tableId).Caption;
            audit.Add(AuditEventTypes.FundingTableMoved, record.Id, $"Moved funding table \"{caption}\" {(offset < 0 ? "up" : "down")}");
        }, cancellationToken);

    public Task<SaveResult> AddAttachmentAsync(Guid id, int expectedVersion, NewAttachment file, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            record.EnsureEditable();
            var attachment = new Attachment(Guid.NewGuid(), record.Id, file.Title.Trim(), file.FileName, file.ContentType, file.Data.LongLength, file.IsPublic, UserId, time.GetUtcNow())
            {
                Content = new AttachmentContent { Data = file.Data },
            };
            record.Attachments.Add(attachment);
            audit.Add(AuditEventTypes.AttachmentAdded, record.Id,
                $"Attached \"{attachment.Title}\" ({attachment.FileName}, {attachment.SizeBytes} bytes, {(attachment.IsPublic ? "public" : "exempt")})");
        }, cancellationToken);

    public Task<SaveResult> RemoveAttachmentAsync(Guid id, Guid attachmentId, int expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, record =>
        {
            record.EnsureEditable();
            var attachment = record.Attachments.SingleOrDefault(a => a.Id == attachmentId)
                ?? throw new DomainException("That attachment is not part of this record.");
            record.Attachments.Remove(attachment);
            audit.Add(AuditEventTypes.AttachmentRemoved, record.Id, $"Removed attachment \"{attachment.Title}\"");
        }, cancellationToken);

    public async Task<SaveResult> DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var record = await Load().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveResult.NotFound;
        }

        if (record.Version != expectedVersion)
        {
            return new SaveResult(SaveOutcome.Conflict, record);
        }

        record.EnsureDeletable();
        db.DecisionRecords.Remove(record);
        audit.Add(AuditEventTypes.RecordDeleted, record.Id, $"Deleted draft {record.Reference}: {record.Title}");
        return await SaveAsync(record, cancellationToken);
    }

    private async Task<SaveResult> ChangeAsync(Guid id, int expectedVersion, Action<DecisionRecord> change, CancellationToken cancellationToken)
    {
        var record = await Load().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveResult.NotFound;
        }

        if (record.Version != expectedVersion)
        {
            return new SaveResult(SaveOutcome.Conflict, record);
        }

        change(record);
        record.Touch(UserId, time.GetUtcNow());
        return await SaveAsync(record, cancellationToken);
    }

    private async Task<SaveResult> SaveAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult(SaveOutcome.Saved, record);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save won the race between our read and our write.
            db.ChangeTracker.Clear();
            return new SaveResult(SaveOutcome.Conflict, await FindAsync(record.Id, cancellationToken));
        }
    }

    private IQueryable<DecisionRecord> Load() => db.WholeRecords();

    private static void Compare(List<string> changes, string field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add($"{field}: \"{before}\" to \"{after}\"");
        }
    }
}
