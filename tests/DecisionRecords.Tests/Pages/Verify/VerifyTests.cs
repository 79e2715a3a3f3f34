using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Verify;

public class VerifyTests(TestApp app) : PageTest(app)
{
    private async Task<(Guid Id, string Slug, byte[] Pdf)> PublishedAsync(string title)
    {
        var id = await PublishedRecordAsync(title);
        var slug = (await App.LoadAsync(id)).Slug;
        return (id, slug, await App.CreateAnonymousClient().GetByteArrayAsync($"/decisions/{slug}.pdf"));
    }

    private static string Version(DecisionRecord record) => record.Version.ToString(CultureInfo.InvariantCulture);

    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> CheckAsync(byte[]? file, string? sha256 = null)
    {
        var response = await App.CreateAnonymousClient().CheckCopyAsync(file, sha256);
        return (response.StatusCode, await response.ReadDocumentAsync());
    }

    private static string Result(IHtmlDocument page) => page.QuerySelector(".govuk-notification-banner")?.TextContent ?? "";

    [ChromiumFact]
    public async Task Post_TheStoredPdf_IsTheCurrentVersionWithAnIntactSeal()
    {
        var (_, slug, pdf) = await PublishedAsync("Verified record");

        var (status, page) = await CheckAsync(pdf);

        Assert.Equal(HttpStatusCode.OK, status);
        var result = Result(page);
        Assert.Contains("This is the current published version", result, StringComparison.Ordinal);
        Assert.Contains("Verified record", result, StringComparison.Ordinal);
        Assert.Contains("Intact", result, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".govuk-notification-banner a[href='/decisions/{slug}']"));
    }

    [ChromiumFact]
    public async Task Post_AnAlteredCopy_MatchesNoPublishedVersionAndItsSealIsBroken()
    {
        var (_, _, pdf) = await PublishedAsync("Record someone altered");
        var altered = (byte[])pdf.Clone();
        var at = Array.FindIndex(altered, 200, b => b is >= (byte)'0' and <= (byte)'8');
        altered[at]++;

        var result = Result((await CheckAsync(altered)).Page);

        Assert.Contains("This file is not a published version of any decision record", result, StringComparison.Ordinal);
        Assert.Contains("the file was changed after it was sealed", result, StringComparison.Ordinal);
        Assert.DoesNotContain("intact", result, StringComparison.OrdinalIgnoreCase);
    }

    [ChromiumFact]
    public async Task Post_AnEarlierVersion_IsSupersededAndNamesTheCurrentOne()
    {
        var (id, _, first) = await PublishedAsync("Record amended later");
        var author = await AsAsync(Roles.Author);
        await author.PostFormAsync($"/admin/decisions/{id}/amend", new() { ["Input.ChangeNote"] = "Corrected the recommendations", ["Input.Version"] = Version(await App.LoadAsync(id)) });
        await author.SubmitAsync(App, id);
        await SignAllAsync(id);

        var result = Result((await CheckAsync(first)).Page);

        Assert.Contains("a newer version has been published", result, StringComparison.Ordinal);
        Assert.Contains("Version 2 was published", result, StringComparison.Ordinal);
        Assert.Contains("Corrected the recommendations", result, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Post_ACopyOfARecordTakenDown_SaysSoWithoutItsTitle()
    {
        var (id, _, pdf) = await PublishedAsync("Title that went with the record");
        await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{id}/unpublish", new()
        {
            ["Input.Explanation"] = "Published in error.",
            ["Input.Version"] = Version(await App.LoadAsync(id)),
        });

        var result = Result((await CheckAsync(pdf)).Page);

        Assert.Contains("the record has since been taken down", result, StringComparison.Ordinal);
        Assert.Contains("Published in error.", result, StringComparison.Ordinal);
        Assert.DoesNotContain("Title that went with the record", result, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Post_ACopyOfARecordAmendedNotToBePublished_SaysItIsNoLongerPublished()
    {
        var (id, _, pdf) = await PublishedAsync("Title withdrawn by amendment");
        var author = await AsAsync(Roles.Author);
        await author.PostFormAsync($"/admin/decisions/{id}/amend", new() { ["Input.ChangeNote"] = "Reconsidered", ["Input.Version"] = Version(await App.LoadAsync(id)) });
        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishRecord"] = "no",
            ["Input.Reasons"] = "Operational policing",
            ["Input.Legislation"] = "FOIA-s31",
        });
        await (await AsAsync(Roles.Commissioner)).SignAsync(id);

        var result = Result((await CheckAsync(pdf)).Page);

        Assert.Contains("the record is no longer published", result, StringComparison.Ordinal);
        Assert.DoesNotContain("Title withdrawn by amendment", result, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Post_ItsSha256_InCapitalsWithSpaces_IsRecognised()
    {
        var (_, _, pdf) = await PublishedAsync("Checked by its hash");
        var sha = string.Join(' ', PublishedPdf.HashOf(pdf).ToUpperInvariant().Chunk(8).Select(c => new string(c)));

        var result = Result((await CheckAsync(null, sha)).Page);

        Assert.Contains("This is the current published version", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "", "Select a PDF file, or enter its SHA-256")]
    [InlineData(null, "not a hash", "Enter the SHA-256 as 64 characters, 0 to 9 and a to f")]
    [InlineData("plain text", "", "The selected file must be a PDF")]
    public async Task Post_BadInput_Returns400WithTheMessageNextToTheField(string? file, string sha256, string message)
    {
        var (status, page) = await CheckAsync(file is null ? null : System.Text.Encoding.ASCII.GetBytes(file), sha256);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector(".govuk-error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(sha256, page.QuerySelector("#Input_Sha256")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Post_AFileOverTheLimit_IsRefusedWithTheLimit()
    {
        var big = new byte[Web.Pages.Verify.IndexModel.MaxUploadBytes + 1];
        "%PDF-"u8.CopyTo(big);

        var (status, page) = await CheckAsync(big);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("must be smaller than 25 MB", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnUnknownHash_MatchesNoPublishedVersion()
    {
        var result = Result((await CheckAsync(null, new string('a', 64))).Page);

        Assert.Contains("No published version has this SHA-256", result, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Get_TheAddressOnTheAuditCertificate_DescribesThatVersion()
    {
        var (_, slug, pdf) = await PublishedAsync("Record behind the QR code");

        var page = await App.CreateAnonymousClient().GetDocumentAsync($"/verify?decision={slug}&version=1");

        Assert.Contains("This is the current published version", Result(page), StringComparison.Ordinal);
        Assert.Contains(PublishedPdf.HashOf(pdf), Result(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateAnonymousClient().GetAsync($"/verify?decision={slug}&version=9")).StatusCode);
    }
}
