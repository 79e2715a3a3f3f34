using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>Adds an item to the forward plan (which publishes it) or changes one; its history is shown beneath.</summary>
public class EditModel(Services.ForwardPlan plan, Links links) : PageModel
{
    [BindProperty]
    public PlanItemForm Input { get; set; } = new();

    public PlanItem? Item { get; private set; }

    public long ThresholdPence => plan.KeyDecisionThresholdPence;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        Item = await plan.FindAsync(id.Value, cancellationToken);
        if (Item is null)
        {
            return NotFound();
        }

        Input = PlanItemForm.From(Item);
        return Page();
    }

    /// <summary>Starts a draft record from this item and opens it.</summary>
    public async Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await plan.StartDraftAsync(HttpContext.GetActingContext(), id, cancellationToken);
        switch (result?.Outcome)
        {
            case null or ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Done:
                TempData.SetFlash($"Draft {result.Current!.Reference} started from the forward plan");
                return Redirect(links.Record(result.Current.Id));
            default:
                TempData.SetImportantFlash(result.Message ?? "The draft could not be started");
                return Redirect(links.ForwardPlanItemAdmin(id));
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Item = id is null ? null : await plan.FindAsync(id.Value, cancellationToken);
        if (id is not null && Item is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (id is null)
        {
            var added = await plan.AddAsync(HttpContext.GetActingContext(), Input.ToDetails(), cancellationToken);
            TempData.SetFlash($"“{added.Title}” is on the forward plan");
            return Redirect(links.ForwardPlanAdmin());
        }

        var (outcome, item, message) = await plan.UpdateAsync(HttpContext.GetActingContext(), id.Value, Input.Version, Input.ToDetails(), cancellationToken);
        switch (outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Done:
                TempData.SetFlash($"“{item!.Title}” saved");
                return Redirect(links.ForwardPlanAdmin());
            default:
                Item = item;
                ModelState.AddModelError("Input.Title", message ?? "The item could not be saved");
                if (outcome == ChangeOutcome.Conflict && item is not null)
                {
                    Input.Version = item.Version;
                    ModelState.Remove("Input.Version");
                }

                var page = Page();
                page.StatusCode = StatusCodes.Status409Conflict;
                return page;
        }
    }
}
