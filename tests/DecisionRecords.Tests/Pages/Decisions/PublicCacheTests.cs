using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Decisions;

/// <summary>Public responses are kept in memory against the publication stamp; anything else always goes through.</summary>
public class PublicCacheTests(TestApp app) : PageTest(app)
{
    /// <summary>Changes a published title behind the application's back, as another process would, without moving the stamp.</summary>
    private Task RetitleBehindTheCacheAsync(string slug, string title) => App.WithDbAsync(async db =>
    {
        var version = await db.PublishedVersions.AsNoTracking().SingleAsync(v => v.Slug == slug && v.IsLatest);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE PublishedVersions SET Title = {title}, ContentJson = replace(ContentJson, {version.Title}, {title}) WHERE Id = {version.Id}");
    });

    private Task BumpStampAsync() => App.WithDbAsync(async db =>
    {
        db.PublicationChanged(App.Time.GetUtcNow());
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Get_PublicPageTwice_SecondComesFromMemoryUntilThePublicationStampMoves()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var first = await client.GetAsync("/decisions/EXE0021-24");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        await RetitleBehindTheCacheAsync("EXE0021-24", "Retitled elsewhere");
        var second = await client.GetAsync("/decisions/EXE0021-24");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.NotEqual(first.Headers.GetValues("X-Correlation-Id").Single(), second.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Contains("frame-ancestors 'none'", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        await BumpStampAsync();
        var third = await client.GetAsync("/decisions/EXE0021-24");
        Assert.Contains("Retitled elsewhere", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.ETag, third.Headers.ETag);
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task Get_KeptPage_IsSentInTheCodingTheBrowserAccepts(string? acceptEncoding, string? expected)
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var first = await client.GetAsync("/decisions/EXE0003-20");
        var page = await first.Content.ReadAsByteArrayAsync();
        Assert.Contains("Accept-Encoding", first.Headers.Vary);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/decisions/EXE0003-20");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var kept = await client.SendAsync(request);
        var body = await kept.Content.ReadAsByteArrayAsync();

        Assert.Contains("Accept-Encoding", kept.Headers.Vary);
        Assert.Equal(first.Headers.ETag, kept.Headers.ETag);
        Assert.Equal(body.Length, kept.Content.Headers.ContentLength);
        Assert.Equal(expected, kept.Content.Headers.ContentEncoding.SingleOrDefault());
        Stream decoded = expected switch
        {
            "br" => new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        using var plain = new MemoryStream();
        await decoded.CopyToAsync(plain);
        Assert.Equal(page, plain.ToArray());
        if (expected is not null)
        {
            Assert.True(body.Length * 5 < page.Length, $"{page.Length} bytes sent as {body.Length}");
        }
    }

    [ChromiumFact]
    public async Task Get_KeptPdf_IsSentAsStored()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var stored = await client.GetByteArrayAsync("/decisions/EXE0021-24.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/decisions/EXE0021-24.pdf");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var kept = await client.SendAsync(request);

        Assert.Empty(kept.Content.Headers.ContentEncoding);
        Assert.Equal(stored, await kept.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_SignedInOfficerOrAFlashWaiting_IsNeverServedFromMemory()
    {
        await App.ImportSeedsAsync();
        var officer = await AsAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateAnonymousClient().GetAsync("/decisions/EXE0019-24")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/decisions/EXE0019-24")).StatusCode);

        await RetitleBehindTheCacheAsync("EXE0019-24", "Seen at once by officers");

        Assert.Contains("Seen at once by officers", await officer.GetStringAsync("/decisions/EXE0019-24"), StringComparison.Ordinal);
        Assert.DoesNotContain("Seen at once by officers", await App.CreateAnonymousClient().GetStringAsync("/decisions/EXE0019-24"), StringComparison.Ordinal);

        // A flash message waiting in its cookie is shown by whichever page comes next, so that page is made afresh.
        using var withFlash = new HttpRequestMessage(HttpMethod.Get, "/decisions/EXE0019-24");
        withFlash.Headers.Add("Cookie", $"{Web.Infrastructure.Flash.CookieName}=waiting");
        Assert.Contains("Seen at once by officers", await (await App.CreateAnonymousClient().SendAsync(withFlash)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_KeptPage_AnswersWithItsLengthAndNoBody()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var page = await (await client.GetAsync("/decisions/EXE0005-21")).Content.ReadAsByteArrayAsync();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/decisions/EXE0005-21"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(page.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_MissingDecision_Answers404WithTheErrorPageAndNoValidators()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();

        var missing = await client.GetAsync("/decisions/EXE0404-26");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
