using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class RecordModel(DecisionRecordService service, SignOffService signOff) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public string UpdatedByName { get; private set; } = "";

    public bool CanSign { get; private set; }

    public bool CanReturn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        UpdatedByName = await service.DisplayNameAsync(record.UpdatedByUserId, cancellationToken);
        CanSign = signOff.WhyCannotSign(record) is null;
        CanReturn = signOff.CanReturn(record);
        return Page();
    }
}
