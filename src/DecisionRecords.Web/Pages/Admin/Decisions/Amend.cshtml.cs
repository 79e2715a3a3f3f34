using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class AmendModel(SignOffService service) : PageModel
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

        if (record.Status != DecisionStatus.Published)
        {
            throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a published record can be reopened for amendment.");
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

        var result = await service.ReopenForAmendmentAsync(id, Input.Version, Input.ChangeNote!, cancellationToken);
        if (result.Outcome == SignOffOutcome.Conflict)
        {
            TempData.SetImportantFlash(result.Message!);
        }
        else
        {
            TempData.SetFlash($"{record.Reference} reopened for amendment");
        }

        return Redirect($"/admin/decisions/{id}");
    }

    public class InputModel
    {
        public int Version { get; set; }

        public string? ChangeNote { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.ChangeNote).NotEmpty().WithMessage("Write the public note that says what the amendment changes")
                .MaximumLength(PublishedVersion.ChangeNoteMaxLength).WithMessage($"The note must be {PublishedVersion.ChangeNoteMaxLength:N0} characters or fewer");
    }
}
