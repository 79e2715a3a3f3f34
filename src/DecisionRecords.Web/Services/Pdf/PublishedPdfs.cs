using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>Prints each public version once, stores it with its SHA-256, and tries again later when printing fails.</summary>
public class PublishedPdfs(DecisionRecordsDbContext db, PrintView print, TimeProvider time, ILogger<PublishedPdfs> logger)
{
    public async Task<int> RenderMissingAsync(CancellationToken cancellationToken)
    {
        var missing = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.IsLatest && !v.IsStub && !db.PublishedPdfs.Any(p => p.VersionId == v.Id))
            .OrderBy(v => v.PublishedAt).Take(20).ToListAsync(cancellationToken);
        var rendered = 0;
        foreach (var version in missing)
        {
            rendered += await RenderAsync(version, cancellationToken) is null ? 0 : 1;
        }

        return rendered;
    }

    /// <summary>Prints one version and stores it, or returns what another process stored first; null when printing failed.</summary>
    public async Task<PublishedPdf?> RenderAsync(PublishedVersion version, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await print.PdfAsync(new PrintModel(PublishedDecision.FromJson(version.ContentJson), Draft: false), cancellationToken);
            var pdf = new PublishedPdf
            {
                VersionId = version.Id,
                Data = bytes,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                SizeBytes = bytes.LongLength,
                RenderedAt = time.GetUtcNow(),
            };
            db.PublishedPdfs.Add(pdf);
            await db.SaveChangesAsync(cancellationToken);
            return pdf;
        }
        catch (PdfRenderException ex)
        {
            logger.LogError(ex, "The PDF of {Reference} version {Number} could not be made; it will be tried again", version.Reference, version.Number);
            db.ChangeTracker.Clear();
            return null;
        }
        catch (DbUpdateException)
        {
            // Another request or instance stored it first: serve that one, so the PDF never changes once public.
            db.ChangeTracker.Clear();
            return await db.PublishedPdfs.AsNoTracking().SingleOrDefaultAsync(p => p.VersionId == version.Id, cancellationToken);
        }
    }
}
