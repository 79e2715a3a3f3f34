using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Decisions;

[AllowAnonymous]
[PublicResponse]
public class ShowModel(PublicRegister register, Links links) : PageModel
{
    public PublishedVersion Version { get; private set; } = null!;

    public new PublishedDecision Content { get; private set; } = null!;

    public IReadOnlyList<PublishedVersion> History { get; private set; } = [];

    public PublicPdf? Pdf { get; private set; }

    public IReadOnlyList<RelationLink> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        // Drafts, records in sign-off and decided but unpublished records have no version: the same 404 as a typo.
        var version = await register.FindAsync(slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        if (version.Slug != slug)
        {
            return RedirectPermanent(links.Decision(version.Slug));
        }

        Version = version;
        Content = PublishedDecision.FromJson(version.ContentJson);
        if (version.UnpublishedExplanation is not null)
        {
            // Taken down after publication: say so, and why, rather than pretend it never existed.
            History = await register.HistoryAsync(version.DecisionRecordId, cancellationToken);
            var gone = Page();
            gone.StatusCode = StatusCodes.Status410Gone;
            return gone;
        }

        Pdf = version.IsStub ? null : await register.PdfAsync(version.Id, cancellationToken);
        Related = version.IsStub ? [] : await register.RelationsAsync(version, Content, cancellationToken);
        History = version.Number > 1 ? await register.HistoryAsync(version.DecisionRecordId, cancellationToken) : [];
        return Page();
    }
}
