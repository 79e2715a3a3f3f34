using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>An imported record held for review: what the importer inferred, flagged, beside the record as the public will read it.</summary>
[Authorize(Policy = Policies.Review)]
public class ReviewModel(DecisionRecordsDbContext db, PublicationService publication, Links links) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public PublishedDecision Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (record.Status != DecisionStatus.AwaitingReview)
        {
            throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}, not awaiting review.");
        }

        (Record, Decision) = (record, PublishedDecision.Preview(record));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var result = await publication.PublishReviewedAsync(HttpContext.GetActingContext(), id, version, cancellationToken);
        return this.RedirectAfter(result, links.AwaitingReview(),
            reviewed => reviewed.Status == DecisionStatus.Published ? $"{reviewed.Reference} published" : $"{reviewed.Reference} recorded as withheld, as the office had it",
            conflictTo: links.Review(id));
    }
}
