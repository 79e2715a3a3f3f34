using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Services.Sealing;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Verify;

/// <summary>Files made to hurt /verify: malformed seals, seals by strangers, copies changed after sealing.</summary>
public class HostileCopyTests(TestApp app) : PageTest(app)
{
    private static byte[] Pdf(string signature) => Encoding.Latin1.GetBytes($"%PDF-1.7\n<00>\n{signature}\n%%EOF");

    /// <summary>A PDF-shaped file whose last signature holds <paramref name="cms"/> over the bytes around it.</summary>
    private static byte[] SignedPdf(Func<byte[], byte[]> cms)
    {
        const int hexLength = 16_000;
        var head = "%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 BBBBBBBBBB CCCCCCCCCC DDDDDDDDDD] /Contents ";
        var tail = " >> endobj\n%%EOF\n";
        var b = head.Length;
        var c = b + hexLength + 2;
        var d = tail.Length;
        head = head.Replace("BBBBBBBBBB", b.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("CCCCCCCCCC", c.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("DDDDDDDDDD", d.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var signed = Encoding.Latin1.GetBytes(head + tail);
        var hex = Convert.ToHexString(cms(signed)).PadRight(hexLength, '0');
        return Encoding.Latin1.GetBytes(head + "<" + hex + ">" + tail);
    }

    private static X509Certificate2 Stranger(string name)
    {
        using var key = RSA.Create(2048);
        return new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static byte[] Cms(byte[] content, params X509Certificate2[] signers)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        foreach (var signer in signers)
        {
            cms.ComputeSignature(new CmsSigner(signer), silent: true);
        }

        return cms.Encode();
    }

    public static TheoryData<string> MalformedSeals =>
    [
        "/ByteRange [0 9 9223372036854775000 9223372036854775000]",
        "/ByteRange [0 9 12 9223372036854775807]",
        "/ByteRange [0 9223372036854775807 9223372036854775807 1]",
        "/ByteRange [0 99999999999999999999 1 1]",
        "/ByteRange [0 5 3 1]",
        "/ByteRange [1 9 12 0]",
        "/ByteRange [0 0 0 0]",
        "/ByteRange [0 9 11 0]",
        "/ByteRange [0 9 12 -1]",
        "/Contents <zz> /ByteRange [0 33 37 0]",
        "/ByteRange [0 9 13 0] <3082ffff>",
    ];

    [Theory]
    [MemberData(nameof(MalformedSeals))]
    public async Task Post_AMalformedSeal_IsAnsweredNeverA500(string signature)
    {
        var response = await App.CreateAnonymousClient().CheckCopyAsync(Pdf(signature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.ReadDocumentAsync()).QuerySelector(".govuk-notification-banner")!.TextContent;
        Assert.Contains("This file is not a published version of any decision record", result, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inspect_AStrangersSeal_IsNotCheckedAtAll()
    {
        using var stranger = Stranger("Someone Else");
        var asked = new List<string>();

        var seal = SealInspector.Inspect(SignedPdf(signed => Cms(signed, stranger)), t => { asked.Add(t); return false; }, CancellationToken.None);

        Assert.Equal([Convert.ToHexStringLower(SHA256.HashData(stranger.RawData))], asked);
        Assert.True(seal.Present);
        Assert.False(seal.Checked);
        Assert.False(seal.Intact);
        Assert.Equal("Someone Else", seal.Holder);

        // The same file, were its certificate the register's, is checked and found intact.
        Assert.True(SealInspector.Inspect(SignedPdf(signed => Cms(signed, stranger)), _ => true, CancellationToken.None).IntactOverWholeFile);
    }

    [Fact]
    public void Inspect_MoreThanOneSignerOrAnOversizedSignature_IsRefusedBeforeAnyCertificateIsAsked()
    {
        using var one = Stranger("One");
        using var two = Stranger("Two");
        var asked = 0;

        var twoSigners = SealInspector.Inspect(SignedPdf(signed => Cms(signed, one, two)), _ => { asked++; return true; }, CancellationToken.None);
        var oversized = Encoding.Latin1.GetBytes($"%PDF-1.7\n/ByteRange [0 20 {20 + 2 + (2 * (SealInspector.MaxSignatureBytes + 2))} 0]\n").Concat(Encoding.Latin1.GetBytes("<" + new string('0', 2 * (SealInspector.MaxSignatureBytes + 2)) + ">")).ToArray();

        Assert.False(twoSigners.Intact);
        Assert.Null(twoSigners.CertificateThumbprint);
        Assert.False(SealInspector.Inspect(oversized, _ => { asked++; return true; }, CancellationToken.None).Intact);
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task Post_AStrangersSealedFile_SaysTheSealIsNotThisRegisters()
    {
        using var stranger = Stranger("Forged Office");

        var response = await App.CreateAnonymousClient().CheckCopyAsync(SignedPdf(signed => Cms(signed, stranger)));

        var result = (await response.ReadDocumentAsync()).QuerySelector(".govuk-notification-banner")!.TextContent;
        Assert.Contains("naming Forged Office that is not this register's", result, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_WhileTheChecksAtOnceAreTaken_IsToldToTryAgainBeforeItsFileIsRead()
    {
        await using var app = new TestApp { Settings = { ["Verify:ChecksAtOnce"] = "1", ["Verify:ChecksQueue"] = "0", ["Security:BusyDelayMilliseconds"] = "0" } };
        var checks = app.Services.GetRequiredKeyedService<Web.Infrastructure.UncachedPublicWork>(Web.Pages.Verify.IndexModel.ChecksKey);
        var client = app.CreateAnonymousClient();

        using (var held = await checks.AcquireAsync(CancellationToken.None))
        {
            Assert.True(held.IsAcquired);
            var busy = await client.CheckCopyAsync(Pdf("/ByteRange [0 9 12 0]"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal("1", busy.Headers.RetryAfter?.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, (await client.CheckCopyAsync(Pdf("/ByteRange [0 9 12 0]"))).StatusCode);
    }

    [ChromiumFact]
    public async Task Post_AGenuineCopyWithAnUpdateAppended_SaysItWasChangedAfterSealing_AndOffersTheGenuineCopy()
    {
        var id = await PublishedRecordAsync("Grant someone forged");
        var slug = (await Admin.Decisions.DraftingHelpers.LoadAsync(App, id)).Slug;
        var genuine = await App.CreateAnonymousClient().GetByteArrayAsync($"/decisions/{slug}.pdf");
        var forged = genuine.Concat(Encoding.Latin1.GetBytes("\n99 0 obj << /Length 44 >> stream\nBT /F1 24 Tf (FORGED: GRANT OF 9,999,999 APPROVED) Tj ET\nendstream endobj\n%%EOF\n")).ToArray();

        var response = await App.CreateAnonymousClient().CheckCopyAsync(forged);

        var page = await response.ReadDocumentAsync();
        var result = page.QuerySelector(".govuk-notification-banner")!.TextContent;
        Assert.Contains("This file was changed after it was sealed", result, StringComparison.Ordinal);
        Assert.Contains("version 1 of decision record", result, StringComparison.Ordinal);
        Assert.Contains("Grant someone forged", result, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector($".govuk-notification-banner a[href='/decisions/{slug}/versions/1.pdf']"));
    }
}
