using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class NewModel(DraftingService drafting, Links links) : PageModel
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

        var result = await drafting.CreateAsync(HttpContext.GetActingContext(), Input.ToDetails(), cancellationToken);
        if (result.Outcome != ChangeOutcome.Done)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        TempData.SetFlash($"Decision record {result.Current!.Reference} created");
        return Redirect(links.Record(result.Current.Id));
    }
}
