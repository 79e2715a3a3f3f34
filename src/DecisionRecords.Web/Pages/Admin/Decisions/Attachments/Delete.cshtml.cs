using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Attachments;

[Authorize(Policy = Policies.Draft)]
public class DeleteModel(DecisionRecordsDbContext db, DraftingService drafting, Links links) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public Attachment Attachment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record?.Attachments.SingleOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return NotFound();
        }

        record.EnsureEditable();
        (Record, Attachment) = (record, attachment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid attachmentId, int version, CancellationToken cancellationToken)
    {
        var result = await drafting.RemoveAttachmentAsync(HttpContext.GetActingContext(), id, version, attachmentId, cancellationToken);
        return this.RedirectAfter(result, links.Record(id, "attachments"), _ => "Document removed",
            conflictMessage: "The document was not removed: someone else saved the record after you opened it. Check it and try again");
    }
}
