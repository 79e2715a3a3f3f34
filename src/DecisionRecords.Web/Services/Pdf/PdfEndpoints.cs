using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DecisionRecords.Web.Services.Pdf;

public static class PdfEndpoints
{
    public static void MapPdfEndpoints(this WebApplication app)
    {
        app.MapGet("/decisions/{slug}.pdf", CurrentPdf).AllowAnonymous().CachePublicly().WithName(EndpointNames.DecisionPdf);
        app.MapGet("/decisions/{slug}/versions/{number:int}.pdf", VersionPdf).AllowAnonymous().WithName(EndpointNames.VersionPdf);
        app.MapGet("/admin/decisions/{id:guid}/preview.pdf", PreviewPdf).RequireAuthorization(Policies.Officer).RequireRateLimiting(RateLimits.Preview).WithName(EndpointNames.PreviewPdf);
    }

    /// <summary>The stored PDF of the latest public version; printed now, once, if the background printer has not got to it yet.</summary>
    private static async Task<IResult> CurrentPdf(string slug, HttpContext context, PublicRegister register, Links links, DecisionRecordsDbContext db, PublishedPdfs pdfs, CancellationToken cancellationToken)
    {
        var version = await register.FindAsync(slug, cancellationToken);
        if (version is null)
        {
            return Results.NotFound();
        }

        if (Gone(version, links) is { } gone)
        {
            return gone;
        }

        var pdf = await db.PublishedPdfs.AsNoTracking().SingleOrDefaultAsync(p => p.VersionId == version.Id, cancellationToken)
            ?? await pdfs.RenderAsync(version, cancellationToken);

        return pdf is null
            ? Results.Problem("The PDF of this decision is not ready yet. Try again in a minute; the web page has the same content.", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Serve(context, pdf, $"{version.Slug}.pdf");
    }

    /// <summary>
    /// An earlier version, for as long as the record is public: every version follows the record's current public
    /// state, so a record taken down or withheld takes its earlier versions with it.
    /// </summary>
    private static async Task<IResult> VersionPdf(string slug, int number, HttpContext context, DecisionRecordsDbContext db, PublicRegister register, Links links, CancellationToken cancellationToken)
    {
        var latest = await register.FindAsync(slug, cancellationToken);
        if (latest is null)
        {
            return Results.NotFound();
        }

        if (Gone(latest, links) is { } gone)
        {
            return gone;
        }

        var pdf = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.DecisionRecordId == latest.DecisionRecordId && v.Number == number && !v.IsStub)
            .Join(db.PublishedPdfs, v => v.Id, p => p.VersionId, (_, p) => p)
            .SingleOrDefaultAsync(cancellationToken);
        return pdf is null ? Results.NotFound() : Serve(context, pdf, $"{latest.Slug}-version-{number}.pdf");
    }

    /// <summary>410 Gone, with why, when the record's current public state is taken down or not published.</summary>
    private static IResult? Gone(PublishedVersion latest, Links links) => latest switch
    {
        { UnpublishedExplanation: { } explanation } => Results.Text(
            $"Decision record {latest.Reference} has been unpublished: {explanation}\n\nSee {links.Decision(latest.Slug)}\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone),
        { IsStub: true } => Results.Text(
            $"Decision record {latest.Reference} is not published: the Monitoring Officer determined that it is not to be published.\n\nSee {links.Decision(latest.Slug)}\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone),
        _ => null,
    };

    private static async Task<IResult> PreviewPdf(Guid id, HttpContext context, Data.DecisionRecordsDbContext db, PrintView print, KeyDecisionNotices notices, TimeProvider time, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return Results.NotFound();
        }

        try
        {
            var preview = await notices.AddToAsync(PublishedDecision.Preview(record), record, UkTime.Today(time), cancellationToken);
            var bytes = await print.PdfAsync(new PrintModel(preview, Draft: record.Status != DecisionStatus.Published), cancellationToken);
            context.Response.Headers.CacheControl = "private, no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(bytes, "application/pdf", $"{record.Slug}-preview.pdf");
        }
        catch (PdfRenderException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The PDF could not be made");
        }
    }

    /// <summary>
    /// A stored PDF, with its hash as ETag. Caches may keep it but must ask again each time (a 304 when unchanged), so
    /// that taking a record down reaches every browser and proxy at once.
    /// </summary>
    private static IResult Serve(HttpContext context, PublishedPdf pdf, string fileName)
    {
        var etag = new EntityTagHeaderValue($"\"{pdf.Sha256}\"");
        context.Response.Headers.CacheControl = "public, no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(pdf.Data, "application/pdf", fileName, lastModified: pdf.RenderedAt, entityTag: etag, enableRangeProcessing: true);
    }
}
