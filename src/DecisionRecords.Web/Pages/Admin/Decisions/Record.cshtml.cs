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

    /// <summary>The record as it would be published now, without exemptions: the value, the notes and the approval blocks as the public would read them.</summary>
    public PublishedDecision Preview { get; private set; } = null!;

    public string CurrentHash { get; private set; } = "";

    public bool CanExplainNotes { get; private set; }

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
        Preview = PublishedDecision.Preview(record);
        CurrentHash = CanonicalContent.Hash(record);
        CanExplainNotes = User.IsInRole(Data.Roles.MonitoringOfficer) && record.Status is not (DecisionStatus.Withdrawn or DecisionStatus.Unpublished);
        return Page();
    }
}
