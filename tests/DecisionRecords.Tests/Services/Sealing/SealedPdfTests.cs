using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Sealing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace DecisionRecords.Tests.Services.Sealing;

public class SealedPdfTests(TestApp app) : PageTest(app)
{
    private async Task<(Guid Id, string Slug)> SignedOffAndPublishedAsync(string title)
    {
        var id = await PublishedRecordAsync(title);
        return (id, (await App.LoadAsync(id)).Slug);
    }

    [ChromiumFact]
    public async Task Get_PublishedPdf_IsSealedOverTheWholeFileAndStaysTagged()
    {
        var (_, slug) = await SignedOffAndPublishedAsync("Sealed record");

        var pdf = await App.CreateAnonymousClient().GetByteArrayAsync($"/decisions/{slug}.pdf");

        var seal = SealInspector.Inspect(pdf, _ => true, CancellationToken.None);
        Assert.True(seal is { Present: true, Intact: true, CoversWholeFile: true }, $"{seal}");
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Sealed record", document.Information.Title?.Split(' ', 2)[1]);
        Assert.True(document.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")), "signing dropped the structure tree");
        if (PopplerTools.Installed)
        {
            var signature = await PopplerTools.RunAsync("pdfsig", pdf);
            Assert.Contains("Signature is Valid", signature, StringComparison.Ordinal);
            Assert.Contains("Total document signed", signature, StringComparison.Ordinal);
            Assert.Contains("ETSI.CAdES.detached", signature, StringComparison.Ordinal);
            var info = await PopplerTools.RunAsync("pdfinfo", pdf);
            Assert.Matches(@"Tagged:\s+yes", info);
            Assert.Matches(@"Title:\s+.*Sealed record", info);
            Assert.Matches(@"Producer:\s+DecisionRecords\s*\n", info);
        }

        // The final sealed bytes, as served, name no library anywhere: not in the producer, the XMP or a comment.
        Assert.Equal("DecisionRecords", document.Information.Producer?.Trim());
        Assert.DoesNotContain("PDFsharp", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Skia", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Get_PublishedPdf_OneByteChangedInsideTheSignedRange_BreaksTheSeal()
    {
        var (_, slug) = await SignedOffAndPublishedAsync("Record to alter");
        var pdf = await App.CreateAnonymousClient().GetByteArrayAsync($"/decisions/{slug}.pdf");

        // A digit of the first page's content, well inside the first signed range.
        var altered = (byte[])pdf.Clone();
        var at = Array.FindIndex(altered, 200, b => b is >= (byte)'0' and <= (byte)'8');
        altered[at]++;

        Assert.False(SealInspector.Inspect(altered, _ => true, CancellationToken.None).Intact);
        if (PopplerTools.Installed)
        {
            var signature = await PopplerTools.RunAsync("pdfsig", altered);
            Assert.DoesNotContain("Signature is Valid", signature, StringComparison.Ordinal);
        }
    }

    [ChromiumFact]
    public async Task Get_PublishedPdf_EndsWithAnAuditCertificateNamingEverySigner()
    {
        var (id, slug) = await SignedOffAndPublishedAsync("Record with its certificate");
        var signatures = (await App.LoadAsync(id)).ValidSignatures.ToList();

        var pdf = await App.CreateAnonymousClient().GetByteArrayAsync($"/decisions/{slug}.pdf");

        using var document = PdfDocument.Open(pdf);
        var certificate = string.Join(" ", document.GetPages().SkipWhile(p => !p.Text.Contains("Audit certificate", StringComparison.Ordinal)).Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Audit certificate", certificate, StringComparison.Ordinal);
        Assert.Equal(3, signatures.Count);
        foreach (var signature in signatures)
        {
            Assert.True(InReadingOrder(certificate, signature.SignerName!), $"{signature.SignerName} is not on the certificate: {certificate}");
            Assert.Contains(signature.ContentHash![..16], certificate.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.True(InReadingOrder(certificate, "confirmed with their password"), certificate);
        Assert.Contains($"/verify?decision={slug}&version=1", certificate.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var hash = PublishedPdfHash(pdf);
        var copy = await QueryAsync(db => db.SealedCopies.SingleAsync(c => c.Sha256 == hash));
        Assert.Contains(SealCertificate.FormatFingerprint(copy.CertificateThumbprint).Replace(" ", "", StringComparison.Ordinal), certificate.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var page = await App.CreateAnonymousClient().GetDocumentAsync($"/decisions/{slug}");
        Assert.Contains(SealCertificate.FormatFingerprint(copy.CertificateThumbprint), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Get_ImportedRecordPdf_SaysItWasSignedOnPaper()
    {
        await App.ImportSeedsAsync();

        var pdf = await App.CreateAnonymousClient().GetByteArrayAsync("/decisions/EXE0019-24.pdf");

        using var document = PdfDocument.Open(pdf);
        var last = string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains("signed on paper", last, StringComparison.Ordinal);
        Assert.Contains("read it from the office's archive", last, StringComparison.Ordinal);

        // The day of the import is not the day the office published it.
        Assert.Contains("Added to this register from the office's archive on", last, StringComparison.Ordinal);
        Assert.Contains("The date the office first published it is not known.", last, StringComparison.Ordinal);
        Assert.DoesNotContain("First published on", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutACertificate_NoPdfIsIssuedAndReadinessAndTheDashboardSayWhy()
    {
        await using var unsealed = new TestApp { Settings = { ["Seal:CreateDevelopmentCertificate"] = "false" } };
        await unsealed.ImportSeedsAsync();

        var pdf = await unsealed.CreateAnonymousClient().GetAsync("/decisions/EXE0019-24.pdf");
        var ready = await unsealed.CreateAnonymousClient().GetAsync("/health/ready");
        var dashboard = await (await unsealed.SignedInClientAsync(Roles.Administrator)).GetDocumentAsync("/admin");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("No seal certificate is configured", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Published PDFs are not being issued", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await unsealed.WithDbAsync(db => db.PublishedPdfs.CountAsync()));
    }

    [ChromiumFact]
    public async Task CertificateInTheMachineStore_ByThumbprint_SealsThePdfs()
    {
        var pfx = SealTestCertificates.CreatePfx("Store Seal", TestClock.Start.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(pfx, SealTestCertificates.Password, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.Exportable);
        using var store = new System.Security.Cryptography.X509Certificates.X509Store(System.Security.Cryptography.X509Certificates.StoreName.My, System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser);
        store.Open(System.Security.Cryptography.X509Certificates.OpenFlags.ReadWrite);
        store.Add(certificate);
        try
        {
            await using var stored = new TestApp { Settings = { ["Seal:CreateDevelopmentCertificate"] = "false", ["Seal:CertificateThumbprint"] = certificate.Thumbprint } };
            await stored.ImportSeedsAsync();

            var pdf = await stored.CreateAnonymousClient().GetByteArrayAsync("/decisions/EXE0021-24.pdf");

            Assert.Equal(SealTestCertificates.Thumbprint(pfx), SealInspector.Inspect(pdf, _ => true, CancellationToken.None).CertificateThumbprint);
        }
        finally
        {
            store.Remove(certificate);
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Get_Dashboard_CertificateNearExpiry_WarnsAdministratorsOnly()
    {
        var now = TestClock.Start;
        var pfx = SealTestCertificates.CreatePfx("Expiring Seal", now.AddYears(-1), now.AddDays(10));
        await using var expiring = new TestApp { Settings = { ["Seal:CertificatePath"] = pfx, ["Seal:CertificatePassword"] = SealTestCertificates.Password } };

        var admin = await (await expiring.SignedInClientAsync(Roles.Administrator)).GetDocumentAsync("/admin");
        var author = await (await expiring.SignedInClientAsync(Roles.Author)).GetDocumentAsync("/admin");
        var ready = await expiring.CreateAnonymousClient().GetStringAsync("/health/ready");

        Assert.Contains("The seal certificate expires on", admin.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("seal certificate", author.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Degraded", ready, StringComparison.Ordinal);
    }

    private static string PublishedPdfHash(byte[] pdf) => PublishedPdf.HashOf(pdf);

    /// <summary>
    /// The words of a phrase, in order, among the page's words: a name that wraps in a table cell is drawn line by
    /// line, between the lines of the cells beside it.
    /// </summary>
    private static bool InReadingOrder(string text, string phrase)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        foreach (var word in phrase.Split(' '))
        {
            while (at < words.Length && words[at].TrimEnd(',') != word)
            {
                at++;
            }

            if (at++ >= words.Length)
            {
                return false;
            }
        }

        return true;
    }
}
