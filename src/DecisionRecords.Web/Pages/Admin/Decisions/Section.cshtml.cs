using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class SectionModel(DecisionRecordsDbContext db, DraftingService drafting, Links links) : PageModel
{
    public static readonly IReadOnlyDictionary<string, (RecordSection Section, string Label)> Sections = new Dictionary<string, (RecordSection, string)>
    {
        ["summary-of-issue"] = (RecordSection.SummaryOfIssue, RecordSection.SummaryOfIssue.DisplayName()),
        ["recommendations"] = (RecordSection.Recommendations, RecordSection.Recommendations.DisplayName()),
        ["key-discussion-points"] = (RecordSection.KeyDiscussionPoints, RecordSection.KeyDiscussionPoints.DisplayName()),
    };

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public string Label { get; private set; } = "";

    public ConflictView? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string section, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, section, cancellationToken))
        {
            return NotFound();
        }

        Record.EnsureEditable();
        Input = new InputModel { Text = Record.GetSection(Sections[section].Section), Version = Record.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string section, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, section, cancellationToken) ? Page() : NotFound();
        }

        var (recordSection, label) = Sections[section];
        var result = await drafting.UpdateSectionAsync(HttpContext.GetActingContext(), id, Input.Version, recordSection, Input.Text ?? "", cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                Record = result.Current!;
                Label = label;
                Conflict = ConflictView.ForText(Record, await db.DisplayNameOfAsync(Record.UpdatedByUserId, cancellationToken), label, Input.Text ?? "", Record.GetSection(recordSection));
                Input.Version = Record.Version;
                ModelState.Remove("Input.Version");
                return Conflict.Page(this);
            default:
                TempData.SetFlash($"{label} saved");
                return Redirect(links.Record(id));
        }
    }

    private async Task<bool> LoadAsync(Guid id, string section, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Label = Sections[section].Label;
        return true;
    }

    public class InputModel
    {
        public string? Text { get; set; }

        public int Version { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Text).MaximumLength(DecisionRecord.RichTextMaxLength)
                .WithMessage($"Text must be {DecisionRecord.RichTextMaxLength:N0} characters or fewer");
    }
}
