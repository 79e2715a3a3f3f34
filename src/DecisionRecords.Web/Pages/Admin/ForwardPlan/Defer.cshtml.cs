using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>Puts a planned decision back to a new month, with the reason the public reads.</summary>
public class DeferModel(Services.ForwardPlan plan, Links links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlanItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await plan.FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Input.Version = item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await plan.FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, changed, message) = await plan.DeferAsync(HttpContext.GetActingContext(), id, Input.Version,
            PlanItemForm.Number(Input.Year)!.Value, PlanItemForm.Number(Input.Month)!.Value, PlanItemForm.Number(Input.Day), Input.Reason!, cancellationToken);
        if (outcome == ChangeOutcome.Done)
        {
            TempData.SetFlash($"“{changed!.Title}” is deferred to {changed.Expected}");
            return Redirect(links.ForwardPlanAdmin());
        }

        ModelState.AddModelError("Input.Reason", message ?? "The item could not be deferred");
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    public class InputModel
    {
        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Month).Must((x, _) => PlanItemForm.ValidExpected(x.Day, x.Month, x.Year))
                .WithMessage("Enter the new month and year, and the day if it is known, like 5 2027");
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why the decision is deferred")
                .MaximumLength(PlanItem.ReasonMaxLength).WithMessage($"The reason must be {PlanItem.ReasonMaxLength} characters or fewer");
        }
    }
}
