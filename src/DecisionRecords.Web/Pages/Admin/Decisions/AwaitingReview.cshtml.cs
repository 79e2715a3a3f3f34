using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>Imported records held for review, with how much each needs checking; publish them one by one or together.</summary>
[Authorize(Policy = Policies.Review)]
public class AwaitingReviewModel(DecisionRecordsDbContext db, PublicationService publication, Links links) : PageModel
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, int Version, int Notes, int Inferences);

    public IReadOnlyList<Row> Records { get; private set; } = [];

    /// <summary>The records to publish, each at the version it was read at: "id:version".</summary>
    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Records = await db.DecisionRecords.AsNoTracking().Where(r => r.Status == DecisionStatus.AwaitingReview)
            .OrderBy(r => r.Reference)
            .Select(r => new Row(r.Id, r.Reference, r.Title, r.DecisionDate, r.Version, r.Notes.Count,
                r.FundingTables.Count(t => t.RoleRule != null || t.Role == null) + r.Signatures.Count(s => s.NameInferred)))
            .ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.GetActingContext();
        var (done, missed) = (0, 0);
        foreach (var choice in Selected.Distinct())
        {
            var parts = choice.Split(':');
            if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id) || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return BadRequest();
            }

            var result = await publication.PublishReviewedAsync(actor, id, version, cancellationToken);
            (done, missed) = result.Outcome == ChangeOutcome.Done ? (done + 1, missed) : (done, missed + 1);
        }

        if (done + missed == 0)
        {
            TempData.SetImportantFlash("Select the records to publish");
        }
        else if (missed > 0)
        {
            TempData.SetImportantFlash($"{done} published; {missed} were not, as someone else changed them since you opened this page: check them again");
        }
        else
        {
            TempData.SetFlash($"{done} {(done == 1 ? "record" : "records")} published");
        }

        return Redirect(links.AwaitingReview());
    }
}
