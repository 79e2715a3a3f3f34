using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class PreviewModel(DecisionRecordService service) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
