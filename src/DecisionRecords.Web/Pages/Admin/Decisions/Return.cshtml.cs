using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.SignOff)]
public class ReturnModel(SignOffService service) : PageModel
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

        if (!service.CanReturn(record))
        {
            return Forbid();
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

        var result = await service.ReturnAsync(id, Input.Version, Input.Comment!, cancellationToken);
        switch (result.Outcome)
        {
            case SignOffOutcome.NotFound:
                return NotFound();
            case SignOffOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case SignOffOutcome.Conflict:
                TempData.SetImportantFlash(result.Message!);
                break;
            default:
                TempData.SetFlash($"{record.Reference} returned to its author");
                break;
        }

        return Redirect($"/admin/decisions/{id}");
    }

    public class InputModel
    {
        public int Version { get; set; }

        public string? Comment { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Comment).NotEmpty().WithMessage("Enter why you are returning the record")
                .MaximumLength(Signature.VoidReasonMaxLength).WithMessage($"Comment must be {Signature.VoidReasonMaxLength:N0} characters or fewer");
    }
}
