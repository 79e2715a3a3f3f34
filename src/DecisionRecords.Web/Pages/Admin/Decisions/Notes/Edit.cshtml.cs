using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Notes;

/// <summary>The Monitoring Officer's public explanation of one note on a record: a discrepancy in the original, or an inference.</summary>
[Authorize(Policy = Policies.ExplainNotes)]
public class EditModel(DecisionRecordsDbContext db, PublicationService publication, Links links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public RecordNote Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid noteId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, noteId, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Version = Record.Version, Explanation = Note.PublicExplanation };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid noteId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, noteId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await publication.ExplainNoteAsync(HttpContext.GetActingContext(), id, Input.Version, noteId, Input.Explanation, cancellationToken);
        return this.RedirectAfter(result, links.Record(id, "notes"), _ => string.IsNullOrWhiteSpace(Input.Explanation)
            ? $"Explanation of note {Note.Position + 1} removed"
            : Record.Status == DecisionStatus.Published
                ? $"Note {Note.Position + 1} explained: the public record shows it now"
                : $"Note {Note.Position + 1} explained: the public will read it with the record");
    }

    private async Task<bool> LoadAsync(Guid id, Guid noteId, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        var note = record?.Notes.SingleOrDefault(n => n.Id == noteId);
        if (record is null || note is null)
        {
            return false;
        }

        Record = record;
        Note = note;
        return true;
    }

    public class InputModel
    {
        public int Version { get; set; }

        public string? Explanation { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Explanation).MaximumLength(RecordNote.ExplanationMaxLength)
                .WithMessage($"The explanation must be {RecordNote.ExplanationMaxLength:N0} characters or fewer");
    }
}
