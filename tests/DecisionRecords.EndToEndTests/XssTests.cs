using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DecisionRecords.EndToEndTests;

/// <summary>
/// More than a hundred known script-injection payloads in every text field of published records, rendered in
/// Chromium: no dialog may open and no request may go to the marker host, on the public pages, the officers' pages
/// and the print view the PDFs are made from.
/// </summary>
public class XssTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Marker = "xss-marker.invalid";

    private static readonly string[] Bases =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>", "<body onload=alert(1)>", "<details open ontoggle=alert(1)>", "<input autofocus onfocus=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<style>@import 'https://" + Marker + "/a.css';</style>", "<link rel=stylesheet href=https://" + Marker + "/x.css>",
        "<img src=https://" + Marker + "/x.png>", "![x](https://" + Marker + "/x.png)", "<object data=https://" + Marker + "/x></object>", "<embed src=https://" + Marker + "/x>",
        "<video><source onerror=alert(1)></video>", "<audio src=x onerror=alert(1)>", "<marquee onstart=alert(1)>x</marquee>", "<form action=javascript:alert(1)><button>x</button></form>",
        "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">", "<base href=https://" + Marker + "/>", "{{constructor.constructor('alert(1)')()}}", "${alert(1)}",
        "<scr<script>ipt>alert(1)</scr</script>ipt>", "<IMG SRC=javascript:alert('XSS')>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
    ];

    /// <summary>Each base payload bare, breaking out of an attribute, breaking out of a quoted string, and after a line break.</summary>
    private static readonly string[] Payloads = Bases.SelectMany(p => new[] { p, "\"><" + p.TrimStart('<'), "';" + p, "line\n" + p }).ToArray();

    private async Task<List<DecisionRecord>> PublishRecordsWithPayloadsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<Publisher>();
        var now = DateTimeOffset.UtcNow;
        var records = new List<DecisionRecord>();
        foreach (var (chunk, index) in Payloads.Chunk(12).Select((c, i) => (c, i)))
        {
            var text = string.Join("\n\n", chunk);
            var record = new DecisionRecord(Guid.NewGuid(), $"XSS{index:0000}-26", chunk[0][..Math.Min(chunk[0].Length, 200)], "xss", now);
            record.UpdateDetails(chunk[0][..Math.Min(chunk[0].Length, 200)], new DateOnly(2026, 1, 5), null, chunk.Select(c => c[..Math.Min(c.Length, 100)]), null);
            foreach (var section in Enum.GetValues<RecordSection>())
            {
                record.UpdateSection(section, text);
            }

            record.AddFundingTable(Guid.NewGuid(), new FundingTableEdit(
                chunk[2][..Math.Min(chunk[2].Length, 200)], TableRole.Commitment, [chunk[3][..Math.Min(chunk[3].Length, 100)]], ["2025/26"], [chunk[4][..Math.Min(chunk[4].Length, 100)]], 1,
                chunk.Select(c => new FundingLineInput(c[..Math.Min(c.Length, 100)], [c], [("2025/26", 100)])).ToList()));
            record.RecordImportedContent(new StatedFigure(chunk[8][..Math.Min(chunk[8].Length, 100)], 100, chunk[9]), null, null,
                [(NoteKind.Arithmetic, chunk[10], NoteAnchors.Value), (NoteKind.Inference, chunk[11], null)]);
            record.RecordImportedSignOff(
            [
                Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Advice, chunk[5][..Math.Min(chunk[5].Length, 100)], new DateOnly(2026, 1, 5), chunk[6][..Math.Min(chunk[6].Length, 150)]),
                Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Determination, "Monitoring Officer", new DateOnly(2026, 1, 5), "Monitoring Officer"),
                Signature.Paper(Guid.NewGuid(), record.Id, SignOffStep.Decision, null, new DateOnly(2026, 1, 6), "Commissioner", chunk[7][..Math.Min(chunk[7].Length, 100)], chunk[8]),
            ], new Determination { PublishRecord = true, PublishReport = true, PublishDetails = true }, DecisionOutcome.Supported, new DateOnly(2026, 1, 6), now);
            db.DecisionRecords.Add(record);
            await publisher.FreezeAsync(record, now, chunk[7], CancellationToken.None);
            records.Add(record);
        }

        await db.SaveChangesAsync();
        return records;
    }

    [ChromiumFact]
    public async Task Payloads_InEveryField_NeverRunInPagesOrPrintViews()
    {
        Assert.True(Payloads.Length >= 100, $"only {Payloads.Length} payloads");
        var records = await PublishRecordsWithPayloadsAsync();
        var problems = new List<string>();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        var dialogSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requestSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Dialog += async (_, dialog) =>
        {
            problems.Add($"{page.Url}: a dialog opened ({dialog.Message})");
            dialogSeen.TrySetResult();
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (request.Url.Contains(Marker, StringComparison.Ordinal) || request.Url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{page.Url}: a request went to {request.Url}");
                requestSeen.TrySetResult();
            }
        };

        // The detectors themselves: a page that does run a script and fetch from the marker is caught.
        await page.SetContentAsync($"<img src=\"https://{Marker}/probe.png\"><script>alert('probe')</script>");
        await Task.WhenAll(dialogSeen.Task, requestSeen.Task).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(problems, p => p.Contains("a dialog opened (probe)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(Marker, StringComparison.Ordinal));
        problems.Clear();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(BrowserApp.Users[Roles.Author]);
        await page.GetByLabel("Password").FillAsync(BrowserApp.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var print = scope.ServiceProvider.GetRequiredService<PrintView>();
        foreach (var record in records)
        {
            foreach (var url in new[] { $"/decisions/{record.Slug}", $"/admin/decisions/{record.Id}", $"/admin/decisions/{record.Id}/preview", $"/admin/decisions/{record.Id}/timeline", "/decisions?q=alert" })
            {
                await page.GotoAsync(url);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await page.Mouse.MoveAsync(10, 10);
                await SettledAsync(page);
            }

            // The PDF is printed with scripts off; here the same print view runs with scripts on, as the worst case.
            await page.SetContentAsync(await print.HtmlAsync(new PrintModel(PublishedDecision.Preview(record), Draft: false)), new() { WaitUntil = WaitUntilState.NetworkIdle });
            await SettledAsync(page);
        }

        foreach (var url in new[] { "/decisions", "/decisions.json", "/decisions/feed.atom", "/funding" })
        {
            await page.GotoAsync(url);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Until the page has painted and run every timer already due: anything a payload scheduled with no delay has
    /// run by then, so a dialog or request it made has been seen.
    /// </summary>
    private static async Task SettledAsync(IPage page) =>
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))");
}
