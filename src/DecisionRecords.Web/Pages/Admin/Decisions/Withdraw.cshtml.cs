using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class WithdrawModel(SignOffService service) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Input.Version = record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await service.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.WithdrawAsync(id, Input.Version, Input.Reason!, cancellationToken);
        if (result.Outcome == SignOffOutcome.Conflict)
        {
            TempData.SetImportantFlash(result.Message!);
        }
        else
        {
            TempData.SetFlash($"{record.Reference} withdrawn");
        }

        return Redirect($"/admin/decisions/{id}");
    }

    public class InputModel
    {
        public int Version { get; set; }

        public string? Reason { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why you are withdrawing the record")
                .MaximumLength(Signature.VoidReasonMaxLength).WithMessage($"Reason must be {Signature.VoidReasonMaxLength:N0} characters or fewer");
    }
}
