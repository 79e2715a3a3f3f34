using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Unpublish)]
public class UnpublishModel(SignOffService service) : PageModel
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
            throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a published record can be unpublished.");
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

        var result = await service.UnpublishAsync(id, Input.Version, Input.Explanation!, cancellationToken);
        if (result.Outcome == SignOffOutcome.Conflict)
        {
            TempData.SetImportantFlash(result.Message!);
        }
        else
        {
            TempData.SetFlash($"{record.Reference} unpublished");
        }

        return Redirect($"/admin/decisions/{id}");
    }

    public class InputModel
    {
        public int Version { get; set; }

        public string? Explanation { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Explanation).NotEmpty().WithMessage("Write the public explanation of why the record is taken down")
                .MaximumLength(PublishedVersion.ChangeNoteMaxLength).WithMessage($"The note must be {PublishedVersion.ChangeNoteMaxLength:N0} characters or fewer");
    }
}
