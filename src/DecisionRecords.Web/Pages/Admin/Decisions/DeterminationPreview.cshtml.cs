using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>
/// The Monitoring Officer's preview, from the determination form: the public page, or the PDF, as the public would see
/// them if the record were published under the answers and exemptions chosen so far. Nothing is saved.
/// </summary>
[Authorize(Policy = Policies.SignOff)]
[EnableRateLimiting(RateLimits.Preview)]
public class DeterminationPreviewModel(DecisionRecordsDbContext db, IAuthorizationService authorization, PrintView print, KeyDecisionNotices notices, TimeProvider time, Links links) : PageModel
{
    [BindProperty]
    public DeterminationForm Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    /// <summary>The public page under the chosen answers; null while they are not all given.</summary>
    public PublicDecisionPage? Preview { get; private set; }

    public string UnavailableHeading { get; private set; } = "There is nothing to preview yet";

    /// <summary>Why there is nothing to show, where there is not.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The preview is of answers posted from the form; without them, the form is where to go.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Redirect(links.SignOff(id));

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await ProposedAsync(cancellationToken) is { } proposed)
        {
            var now = time.GetUtcNow();
            var version = Publisher.Version(Record.Id, proposed, number: 1, firstPublishedAt: now, now, changeNote: null);
            Preview = new PublicDecisionPage(version, proposed, [], null, IsPreview: true);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var proposed = await ProposedAsync(cancellationToken);
        if (proposed is null)
        {
            return Page();
        }

        if (!proposed.RecordPublished)
        {
            UnavailableHeading = "There is no PDF to preview";
            Unavailable = "A record that is not to be published has no PDF: the public sees only its reference, the date of the decision and your reasons, on its page.";
            return Page();
        }

        try
        {
            var pdf = await print.PdfAsync(new PrintModel(proposed, Draft: true), cancellationToken);
            Response.Headers.CacheControl = "private, no-store";
            return File(pdf, "application/pdf", $"{Record.Slug}-determination-preview.pdf");
        }
        catch (PdfRenderException ex)
        {
            UnavailableHeading = "The PDF could not be made";
            Unavailable = ex.Message;
            var page = Page();
            page.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return page;
        }
    }

    private async Task<PublishedDecision?> ProposedAsync(CancellationToken cancellationToken)
    {
        if (!Input.IsAnswered)
        {
            Unavailable = "Answer the questions of the determination first: the preview shows the record as the public would see it under your answers.";
            return null;
        }

        return await notices.AddToAsync(PublishedDecision.Proposed(Record, Input.ToDetermination(), Input.ExemptionsGiven()), Record, UkTime.Today(time), cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        if (record.CurrentStep != SignOffStep.Determination
            || !(await authorization.AuthorizeAsync(User, record, new SignStepRequirement(SignOffStep.Determination))).Succeeded)
        {
            return Forbid();
        }

        return null;
    }
}
