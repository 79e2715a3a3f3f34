using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class SubmitModel(DecisionRecordsDbContext db, SignOffService signOff, KeyDecisionNotices notices, TimeProvider time, Links links) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    /// <summary>Why a key decision cannot go for sign-off today without its reason for less than 28 clear days' notice; null when it can.</summary>
    public string? NoticeProblem { get; private set; }

    /// <summary>Where the missing item is entered: its page, at its field.</summary>
    public string FieldLink(MissingItem item) => item.Field switch
    {
        nameof(DecisionRecord.SummaryOfIssue) => links.RecordSection(Record.Id, "summary-of-issue") + "#Input_Text",
        nameof(DecisionRecord.Recommendations) => links.RecordSection(Record.Id, "recommendations") + "#Input_Text",
        _ => links.RecordDetails(Record.Id) + $"#Input_{item.Field}",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        record.EnsureEditable();
        Record = record;
        NoticeProblem = record.NoticeProblem(await notices.ForAsync(record, cancellationToken), UkTime.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        var result = await signOff.SubmitAsync(HttpContext.GetActingContext(), id, version, cancellationToken);
        if (result.Outcome == ChangeOutcome.Refused)
        {
            ModelState.AddModelError("", result.Message!);
            NoticeProblem = record.NoticeProblem(await notices.ForAsync(record, cancellationToken), UkTime.Today(time));
            return Page();
        }

        return this.RedirectAfter(result, links.Record(id), submitted => $"{submitted.Reference} submitted for sign-off");
    }
}
