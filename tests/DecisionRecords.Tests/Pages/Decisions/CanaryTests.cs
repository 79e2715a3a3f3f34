using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Decisions;

/// <summary>
/// Unique strings go into every field of records the public must not see, and into the parts of published records
/// that are withheld or exempt; then every public URL is crawled and none of them may appear anywhere.
/// </summary>
public partial class CanaryTests(TestApp app) : PageTest(app)
{
    private const string Canary = "zqxcanary";

    [GeneratedRegex("href=\"(/[^\"#?]*)")]
    private static partial Regex Links();

    /// <summary>
    /// With <paramref name="everywhere"/>, every field holds a canary; otherwise only the report sections and the first
    /// funding line (text and group), which the determination withholds or exempts, while the rest is ordinary text.
    /// </summary>
    private async Task<Guid> RecordFullOfCanariesAsync(HttpClient author, string tag, string publicTitle, bool everywhere = true, bool reportCanaries = true)
    {
        string Mark(string what) => everywhere ? $"{Canary}{tag}{what}" : $"Ordinary {what}";
        var id = await author.CreateRecordAsync(publicTitle);
        string Version() => App.LoadAsync(id).GetAwaiter().GetResult().Version.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/details", new()
        {
            ["Input.Title"] = publicTitle,
            ["Input.RecordDate.Day"] = "1",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2026",
            ["Input.OfficersPresent"] = Mark("officer"),
            ["Input.Version"] = Version(),
        })).StatusCode);
        foreach (var section in new[] { "summary-of-issue", "recommendations", "key-discussion-points" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/sections/{section}", new()
            {
                ["Input.Text"] = everywhere || reportCanaries ? $"Text {Canary}{tag}{section}" : $"Ordinary {section}",
                ["Input.Version"] = Version(),
            })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/funding/new", new()
        {
            ["Input.Caption"] = Mark("caption"),
            ["Input.IncludeInTotal"] = "true",
            ["Input.Columns[0]"] = Mark("heading"),
            ["Input.Years[0]"] = "2025/26",
            ["Input.AmountHeadings[0]"] = Mark("amountheading"),
            ["Input.AmountColumnsAt"] = "1",
            ["Input.Lines[0].Group"] = $"{Canary}{tag}group",
            ["Input.Lines[0].Texts[0]"] = $"{Canary}{tag}line",
            ["Input.Lines[0].Amounts[0]"] = "987,654.32",
            ["Input.Lines[1].Texts[0]"] = "Public line",
            ["Input.Lines[1].Amounts[0]"] = "1,000",
            ["Input.Version"] = Version(),
            ["Action"] = "save",
        })).StatusCode);

        // Its value makes it a key decision with no forward plan item: it gives the reason, which must stay as private as the rest.
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/notice", new()
        {
            ["Input.KeyDecision"] = "yes",
            ["Input.Exception"] = "GeneralException",
            ["Input.Reason"] = Mark("notice"),
            ["Input.Version"] = Version(),
        })).StatusCode);
        return id;
    }

    private async Task SignAsync(Guid id, Dictionary<string, string> determination, bool decide = true)
    {
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, determination);
        if (decide)
        {
            await (await AsAsync(Roles.Commissioner)).SignAsync(id);
        }
    }

    [Fact]
    public async Task Crawl_EveryPublicUrl_NeverShowsWhatIsNotPublished()
    {
        await App.ImportSeedsAsync();
        var author = await AsAsync(Roles.Author);
        var slugs = new List<string>();

        // A draft, a record in sign-off, and one waiting for its decision: nothing public at all.
        var draft = await RecordFullOfCanariesAsync(author, "draft", $"{Canary}drafttitle");
        var inSignOff = await RecordFullOfCanariesAsync(author, "signoff", $"{Canary}signofftitle");
        await author.SubmitAsync(App, inSignOff);
        var awaitingDecision = await RecordFullOfCanariesAsync(author, "awaiting", $"{Canary}awaitingtitle");
        await author.SubmitAsync(App, awaitingDecision);
        await SignAsync(awaitingDecision, DraftingHelpers.PublishAll, decide: false);

        // Withheld: only the stub is public.
        var withheld = await RecordFullOfCanariesAsync(author, "withheld", $"{Canary}withheldtitle");
        await author.SubmitAsync(App, withheld);
        await SignAsync(withheld, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishRecord"] = "no",
            ["Input.Reasons"] = "Prejudice to law enforcement",
            ["Input.Legislation"] = "FOIA-s31",
        });

        // Published, but the report and the details are not, and a line is exempt.
        var partial = await RecordFullOfCanariesAsync(author, "partial", "Partly published decision", everywhere: false);
        await author.SubmitAsync(App, partial);
        var exemptLine = (await App.LoadAsync(partial)).FundingTables.Single().OrderedLines.First();
        await SignAsync(partial, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishReport"] = "no",
            ["Input.Reasons"] = "Commercial interests",
            ["Input.Legislation"] = "FOIA-s43",
            [$"Input.Exemptions[{exemptLine.Id}]"] = "Commercial interests",
        });

        var exempt = await RecordFullOfCanariesAsync(author, "exempt", "Published with an exempt line", everywhere: false, reportCanaries: false);
        await author.SubmitAsync(App, exempt);
        var exemptLine2 = (await App.LoadAsync(exempt)).FundingTables.Single().OrderedLines.First();
        await SignAsync(exempt, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishDetails"] = "yes",
            ["Input.Reasons"] = "Personal information",
            [$"Input.Exemptions[{exemptLine2.Id}]"] = "Personal information",
        });

        // Published in full, its PDF printed, then taken down: neither its page nor any version of it may show it.
        var takenDown = await RecordFullOfCanariesAsync(author, "takendown", $"{Canary}takendowntitle");
        await author.SubmitAsync(App, takenDown);
        await SignAsync(takenDown, DraftingHelpers.PublishAll);
        await App.WithDbAsync(async db =>
        {
            var version = await db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == takenDown);
            var bytes = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7 {Canary}takendownpdf");
            db.PublishedPdfs.Add(PublishedPdf.Store(version.Id, bytes, App.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{takenDown}/unpublish", new()
        {
            ["Input.Explanation"] = "Published in error.",
            ["Input.Version"] = (await App.LoadAsync(takenDown)).Version.ToString(CultureInfo.InvariantCulture),
        })).StatusCode);

        foreach (var id in new[] { draft, inSignOff, awaitingDecision, withheld, partial, exempt, takenDown })
        {
            slugs.Add((await App.LoadAsync(id)).Slug);
        }

        Assert.Equal(DecisionStatus.Withheld, (await App.LoadAsync(withheld)).Status);
        Assert.Equal(DecisionStatus.Published, (await App.LoadAsync(exempt)).Status);

        // Crawl as the public does, following every link, plus the URLs of every record whatever its state.
        var client = App.CreateAnonymousClient();
        var queue = new Queue<string>(new[]
        {
            "/", "/decisions", "/funding", "/decisions/feed.atom", "/decisions.csv", "/decisions.json", "/funding-lines.csv", "/sitemap.xml", "/robots.txt",
            $"/decisions?q={Canary}", $"/decisions?q={Canary}draft", "/decisions?funding-year=2025/26", "/decisions?organisation=zqxcanary",
        }.Concat(slugs.SelectMany(s => new[] { $"/decisions/{s}", $"/decisions/{s}.pdf", $"/decisions/{s}/versions/1.pdf", $"/decisions/{s}/versions/2.pdf", $"/verify?decision={s}&version=1", $"/verify?decision={s}&version=2" })));
        var seen = new HashSet<string>();
        while (queue.Count > 0 && seen.Count < 300)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (url.Contains("?q=", StringComparison.Ordinal))
            {
                // The search page, the sign-up for emails about it and its feed repeat what was searched for; only that echo may hold the canary.
                var q = url[(url.IndexOf("?q=", StringComparison.Ordinal) + 3)..];
                if (url.StartsWith("/decisions", StringComparison.Ordinal))
                {
                    Assert.Contains("<strong>0</strong> decisions", body, StringComparison.Ordinal);
                }

                body = body.Replace($"href=\"/alerts/subscribe?q={q}\"", "", StringComparison.Ordinal).Replace($"value=\"{q}\"", "", StringComparison.Ordinal).Replace($"&#x201C;{q}&#x201D;", "", StringComparison.Ordinal).Replace($"matching {q}", "", StringComparison.Ordinal).Replace($"href=\"/decisions?q={q}\"", "", StringComparison.Ordinal)
                    .Replace($"href=\"/decisions/feed.atom?q={q}\"", "", StringComparison.Ordinal).Replace($"/decisions/feed.atom?q={q}\"", "\"", StringComparison.Ordinal).Replace($"/decisions?q={q}\"", "\"", StringComparison.Ordinal).Replace($"“{q}”", "", StringComparison.Ordinal);
            }

            Assert.True(!body.Contains(Canary, StringComparison.OrdinalIgnoreCase), $"{url} ({response.StatusCode}) shows a withheld string");
            Assert.DoesNotContain("987,654.32", body, StringComparison.Ordinal);
            Assert.DoesNotContain("987654.32", body, StringComparison.Ordinal);
            foreach (Match link in Links().Matches(body))
            {
                var path = link.Groups[1].Value;
                if ((path.StartsWith("/decisions", StringComparison.Ordinal) || path == "/funding") && !seen.Contains(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        Assert.True(seen.Count > 20, $"only {seen.Count} public URLs were crawled");
        foreach (var id in new[] { draft, inSignOff, awaitingDecision })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/decisions/{(await App.LoadAsync(id)).Slug}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync($"/decisions/{(await App.LoadAsync(takenDown)).Slug}/versions/1.pdf")).StatusCode);

        var stub = await client.GetDocumentAsync($"/decisions/{(await App.LoadAsync(withheld)).Slug}");
        Assert.Contains("Prejudice to law enforcement", stub.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var partialPage = await client.GetDocumentAsync($"/decisions/{(await App.LoadAsync(partial)).Slug}");
        Assert.Contains("The contents of the report are not published", partialPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Redacted - Commercial interests", partialPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
