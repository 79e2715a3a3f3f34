using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class NewModel(DecisionRecordService service) : PageModel
{
    [BindProperty]
    public RecordDetailsForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await service.CreateAsync(Input.ToDetails(), cancellationToken);
        TempData.SetFlash($"Decision record {record.Reference} created");
        return Redirect($"/admin/decisions/{record.Id}");
    }
}
