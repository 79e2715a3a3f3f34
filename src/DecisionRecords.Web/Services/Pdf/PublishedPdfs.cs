using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using DecisionRecords.Web.Services.Sealing;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Prints each public version once, with its audit certificate as the last page, seals it with the office's
/// certificate, and stores it with its SHA-256 as a sealed copy anyone can verify. Without a usable certificate
/// nothing is issued, and printing is tried again later.
/// </summary>
public class PublishedPdfs(
    DecisionRecordsDbContext db,
    PrintView print,
    PdfSealer sealer,
    SealCertificates certificates,
    Links links,
    PublicUrls urls,
    AuditLog audit,
    TimeProvider time,
    WorkClaims claims,
    ILogger<PublishedPdfs> logger)
{
    public async Task<int> RenderMissingAsync(CancellationToken cancellationToken)
    {
        if (sealer.Certificate is null)
        {
            return 0;
        }

        var missing = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.IsLatest && !v.IsStub && !db.PublishedPdfs.Any(p => p.VersionId == v.Id))
            .OrderBy(v => v.PublishedAt).Take(20).ToListAsync(cancellationToken);
        var rendered = 0;
        foreach (var version in missing)
        {
            // Printing is the costly part: of several instances, the one that claims the version prints it.
            var key = $"pdf:{version.Id:N}";
            if (!await claims.TryClaimAsync(key, cancellationToken))
            {
                continue;
            }

            PublishedPdf? pdf = null;
            await claims.HoldWhileAsync(key, async () => pdf = await RenderAsync(version, cancellationToken), cancellationToken);
            rendered += pdf is null ? 0 : 1;
            await (pdf is null ? claims.ReleaseAsync(key, cancellationToken) : claims.CompleteAsync(key, cancellationToken));
        }

        return rendered;
    }

    /// <summary>Prints, seals and stores one version, or returns what another process stored first; null when it could not be made.</summary>
    public async Task<PublishedPdf?> RenderAsync(PublishedVersion version, CancellationToken cancellationToken)
    {
        if (sealer.Certificate is not { } certificate)
        {
            logger.LogError("The PDF of {Reference} version {Number} is not issued: {Problem}", version.Reference, version.Number, certificates.Problem);
            return null;
        }

        try
        {
            var now = time.GetUtcNow();
            var pdf = PublishedPdf.Store(version.Id, await SealedAsync(version, certificate, now, resealReason: null, cancellationToken), now);
            db.PublishedPdfs.Add(pdf);
            db.SealedCopies.Add(new SealedCopy(Guid.NewGuid(), version.Id, pdf.Sha256, certificate.Thumbprint, certificate.Holder, certificate.NotAfter, now));
            audit.Add(ActingContext.System(now, "pdf"), version.DecisionRecordId, new PdfSealedEvent(version.Id, version.Number, pdf.Sha256, certificate.Thumbprint), version.ContentHash);

            // The decision page names the seal: cached public pages are made again.
            db.PublicationChanged(now);
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

    /// <summary>
    /// Seals a stored version again with the current certificate, after the one that sealed it was withdrawn: the same
    /// published content, printed again with the reason on its audit certificate. The copy it replaces stays on record,
    /// so /verify can say what became of it. One audit event per version, saved with the new copy.
    /// </summary>
    public async Task<bool> ResealAsync(ActingContext actor, Guid versionId, string reason, CancellationToken cancellationToken)
    {
        var certificate = sealer.Certificate ?? throw new InvalidOperationException(certificates.Problem);
        var version = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var pdf = await db.PublishedPdfs.SingleAsync(p => p.VersionId == versionId, cancellationToken);
        var previous = await db.SealedCopies.Where(c => c.VersionId == versionId && c.ReplacedAt == null).ToListAsync(cancellationToken);
        if (previous.Count > 0 && previous.All(c => c.CertificateThumbprint == certificate.Thumbprint))
        {
            return false;
        }

        var previousSha = pdf.Sha256;
        var previousCertificate = previous.FirstOrDefault()?.CertificateThumbprint ?? "";
        pdf.Replace(await SealedAsync(version, certificate, actor.Now, reason, cancellationToken), actor.Now);
        foreach (var copy in previous)
        {
            copy.MarkReplaced(actor.Now, reason);
        }

        db.SealedCopies.Add(new SealedCopy(Guid.NewGuid(), version.Id, pdf.Sha256, certificate.Thumbprint, certificate.Holder, certificate.NotAfter, actor.Now));
        audit.Add(actor, version.DecisionRecordId, new PdfResealedEvent(version.Id, version.Number, previousSha, pdf.Sha256, previousCertificate, certificate.Thumbprint, reason), version.ContentHash);
        db.PublicationChanged(actor.Now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<byte[]> SealedAsync(PublishedVersion version, SealCertificate certificate, DateTimeOffset now, string? resealReason, CancellationToken cancellationToken)
    {
        var verifyUrl = urls.Absolute(links.Verify(version.Slug, version.Number));
        var auditCertificate = new AuditCertificate(
            version.Number, version.ChangeNote, version.FirstPublishedAt, version.PublishedAt,
            certificate.Holder, certificate.Fingerprint, certificate.IsSelfSigned, now, verifyUrl, AuditCertificate.QrCode(verifyUrl), resealReason);
        var printed = await print.PdfAsync(new PrintModel(PublishedDecision.FromJson(version.ContentJson), Draft: false, auditCertificate), cancellationToken);
        return await sealer.SealAsync(printed, $"Published decision record {version.Reference}, version {version.Number}");
    }
}
