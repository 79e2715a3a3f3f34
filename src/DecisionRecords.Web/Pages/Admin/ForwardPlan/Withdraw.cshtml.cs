using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>Withdraws a planned decision, with the reason the public reads; the item stays on the plan as withdrawn.</summary>
public class WithdrawModel(Services.ForwardPlan plan, Links links) : PageModel
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

        var (outcome, changed, message) = await plan.WithdrawAsync(HttpContext.GetActingContext(), id, Input.Version, Input.Reason!, cancellationToken);
        if (outcome == ChangeOutcome.Done)
        {
            TempData.SetFlash($"“{changed!.Title}” is withdrawn");
            return Redirect(links.ForwardPlanAdmin());
        }

        ModelState.AddModelError("Input.Reason", message ?? "The item could not be withdrawn");
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    public class InputModel
    {
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why the item is withdrawn")
                .MaximumLength(PlanItem.ReasonMaxLength).WithMessage($"The reason must be {PlanItem.ReasonMaxLength} characters or fewer");
        }
    }
}
