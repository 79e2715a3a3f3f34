using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Operations;
using DecisionRecords.Tests.Pages.Verify;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Services.Sealing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services.Sealing;

/// <summary>A new certificate, then a compromise of the old one: what each copy says of itself afterwards.</summary>
public class ResealTests
{
    private static Dictionary<string, string> Sealing(string pfx) => new()
    {
        ["Seal:CreateDevelopmentCertificate"] = "false",
        ["Seal:CertificatePath"] = pfx,
        ["Seal:CertificatePassword"] = SealTestCertificates.Password,
    };

    [ChromiumFact]
    public async Task NewCertificate_SealsNewCopies_AndResealReplacesTheOldOnesWhichStillSayWhatTheyWere()
    {
        var database = Path.Combine(Path.GetTempPath(), $"reseal-{Guid.NewGuid():N}.db");
        var oldPfx = SealTestCertificates.CreatePfx("Old Office Seal", TestClock.Start.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var newPfx = SealTestCertificates.CreatePfx("New Office Seal", TestClock.Start.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        try
        {
            byte[] oldCopy;
            await using (var before = new TestApp { DatabasePath = database, Settings = Sealing(oldPfx) })
            {
                await before.ImportSeedsAsync();
                oldCopy = await before.CreateAnonymousClient().GetByteArrayAsync("/decisions/EXE0019-24.pdf");
            }

            string output;
            await using (var after = new TestApp { DatabasePath = database, Settings = Sealing(newPfx) })
            {
                // Rotation: what is printed now carries the new seal; the copy sealed before keeps its own, and is current.
                var newCopy = await after.CreateAnonymousClient().GetByteArrayAsync("/decisions/EXE0021-24.pdf");
                Assert.Equal(SealTestCertificates.Thumbprint(newPfx), SealInspector.Inspect(newCopy, _ => true, CancellationToken.None).CertificateThumbprint);
                await using (var scope = after.Services.CreateAsyncScope())
                {
                    var old = await scope.ServiceProvider.GetRequiredService<CopyVerifier>().VerifyFileAsync(oldCopy, CancellationToken.None);
                    Assert.Equal(CopyStatus.Current, old.Status);
                    Assert.True(old.Seal is { Intact: true, CoversWholeFile: true });
                    Assert.Equal(SealTestCertificates.Thumbprint(oldPfx), old.Seal.CertificateThumbprint);
                }
            }

            // Compromise: the documented command seals again everything the old certificate sealed.
            var environment = new Dictionary<string, string>
            {
                ["Seal__CertificatePath"] = newPfx,
                ["Seal__CertificatePassword"] = SealTestCertificates.Password,
                ["Accessibility__ContactEmail"] = "access@test.example",
                ["Accessibility__StatementPreparedOn"] = "2026-01-01",
            };
            int exitCode;
            (exitCode, output) = await CommandTests.RunAsync(database, "", environment, "reseal", "--reason", "The old seal's key was exposed.", "--certificate", SealTestCertificates.Thumbprint(oldPfx));
            Assert.True(exitCode == 0, output);
            Assert.Contains("Sealed again: 1.", output, StringComparison.Ordinal);

            await using var later = new TestApp { DatabasePath = database, Settings = Sealing(newPfx) };
            var resealed = await later.CreateAnonymousClient().GetByteArrayAsync("/decisions/EXE0019-24.pdf");
            Assert.Equal(SealTestCertificates.Thumbprint(newPfx), SealInspector.Inspect(resealed, _ => true, CancellationToken.None).CertificateThumbprint);
            Assert.True(SealInspector.Inspect(resealed, _ => true, CancellationToken.None).Intact);
            await using (var scope = later.Services.CreateAsyncScope())
            {
                var verifier = scope.ServiceProvider.GetRequiredService<CopyVerifier>();
                var old = await verifier.VerifyFileAsync(oldCopy, CancellationToken.None);
                Assert.Equal(CopyStatus.Current, old.Status);
                Assert.Equal("The old seal's key was exposed.", old.Copy!.ReplacedBecause);
                Assert.Equal(CopyStatus.Current, (await verifier.VerifyFileAsync(resealed, CancellationToken.None)).Status);
            }

            var events = await later.WithDbAsync(db => db.AuditEvents.Where(e => e.EventType == AuditEventTypes.PdfResealed).ToListAsync());
            var resealEvent = Assert.IsType<PdfResealedEvent>(Assert.Single(events).Read());
            Assert.Equal(PublishedPdf.HashOf(oldCopy), resealEvent.PreviousSha256);
            Assert.Equal(PublishedPdf.HashOf(resealed), resealEvent.Sha256);

            var page = await VerifyPageAsync(later, oldCopy);
            Assert.Contains("sealed this version again with a new certificate", page, StringComparison.Ordinal);
            Assert.Contains("The old seal's key was exposed.", page, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, oldPfx, newPfx })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<string> VerifyPageAsync(TestApp app, byte[] pdf) =>
        (await (await app.CreateAnonymousClient().CheckCopyAsync(pdf)).ReadDocumentAsync()).QuerySelector("main")!.TextContent;
}
