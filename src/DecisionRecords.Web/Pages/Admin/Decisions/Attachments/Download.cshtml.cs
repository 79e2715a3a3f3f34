using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Attachments;

/// <summary>Officers download any attachment, exempt or not; always as a download, never rendered in the browser.</summary>
public class DownloadModel(DecisionRecordsDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DecisionRecordId == id)
            .Select(a => new { a.FileName, a.ContentType, a.Content!.Data })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Data, file.ContentType, file.FileName);
    }
}
