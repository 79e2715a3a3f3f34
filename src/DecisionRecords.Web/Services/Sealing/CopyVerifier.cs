using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>Answers "is this a published version, and is it still current?" for a file or its SHA-256.</summary>
public class CopyVerifier(DecisionRecordsDbContext db)
{
    /// <summary>How long one uploaded file may take to check; the work stops when the time is up or the client leaves.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public async Task<CopyVerification> VerifyFileAsync(byte[] file, CancellationToken cancellationToken)
    {
        var ours = (await db.SealedCopies.AsNoTracking().Select(c => c.CertificateThumbprint).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var seal = await Task.Run(() => SealInspector.Inspect(file, ours.Contains, budget.Token), budget.Token).WaitAsync(budget.Token);
        var verification = await VerifyHashAsync(PublishedPdf.HashOf(file), cancellationToken);
        var ourSeal = seal.CertificateThumbprint is { } thumbprint && ours.Contains(thumbprint);
        var sealedPart = ourSeal && verification.Status == CopyStatus.NotIssued && seal.SignedLength is { } signed && signed > 0 && signed < file.LongLength
            ? await VerifyHashAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.AsSpan(0, (int)signed))), cancellationToken)
            : null;
        return verification with
        {
            Seal = seal,
            SealedByThisRegister = ourSeal,
            SealedPart = sealedPart is { Status: not CopyStatus.NotIssued } ? sealedPart : null,
        };
    }

    public async Task<CopyVerification> VerifyHashAsync(string sha256, CancellationToken cancellationToken)
    {
        var copy = await db.SealedCopies.AsNoTracking().SingleOrDefaultAsync(c => c.Sha256 == sha256, cancellationToken);
        if (copy is null)
        {
            return new CopyVerification(sha256, CopyStatus.NotIssued, null, null, null, null, false);
        }

        var version = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.Id == copy.VersionId, cancellationToken);
        var latest = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.DecisionRecordId == version.DecisionRecordId && v.IsLatest, cancellationToken);
        return new CopyVerification(sha256, StatusOf(version, latest), copy, version, latest, null, true);
    }

    /// <summary>What the register says of one version's copies, for the address on its audit certificate; null when there is no such version.</summary>
    public async Task<CopyVerification?> VerifyVersionAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var version = await db.PublishedVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Slug == slug && v.Number == number && !v.IsStub, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var copies = await db.SealedCopies.AsNoTracking().Where(c => c.VersionId == version.Id).ToListAsync(cancellationToken);
        var copy = copies.FirstOrDefault(c => !c.IsReplaced) ?? copies.MaxBy(c => c.SealedAt);
        var latest = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.DecisionRecordId == version.DecisionRecordId && v.IsLatest, cancellationToken);
        return new CopyVerification(copy?.Sha256 ?? "", StatusOf(version, latest), copy, version, latest, null, copy is not null);
    }

    private static CopyStatus StatusOf(PublishedVersion version, PublishedVersion latest) => latest switch
    {
        { UnpublishedExplanation: not null } => CopyStatus.TakenDown,
        { IsStub: true } => CopyStatus.Withdrawn,
        _ when latest.Number != version.Number => CopyStatus.Superseded,
        _ => CopyStatus.Current,
    };
}
