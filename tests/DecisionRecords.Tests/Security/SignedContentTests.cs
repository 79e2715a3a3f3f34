using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Security;

/// <summary>
/// What was signed is what is published: every handler that can post to a record, found from the routes so a new one
/// cannot escape, tried by every role on a record in every state past its draft. The content's fingerprint never
/// moves, except through return to the author or amendment, which void the signatures.
/// </summary>
public partial class SignedContentTests(TestApp app) : PageTest(app)
{
    [GeneratedRegex(@"\{(?<name>[^}:?=]+)[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary>Each route under a record, with the POST handlers its page model declares ("" for the default one).</summary>
    private List<(string Route, string Handler)> RecordHandlers()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToDictionary(t => t.FullName!);
        var handlers = new List<(string, string)>();
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!route.StartsWith("/admin/decisions/{id", StringComparison.Ordinal))
            {
                continue;
            }

            var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (page is null)
            {
                Assert.DoesNotContain("POST", endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []);
                continue;
            }

            var typeName = "DecisionRecords.Web" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.');
            Assert.True(pages.TryGetValue(typeName, out var model), $"No page model {typeName} for {route}");
            foreach (var method in model!.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                handlers.Add((route, method.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal)));
            }
        }

        return handlers.Distinct().ToList();
    }

    private static string Url(string route, DecisionRecord record) => Parameter().Replace(route, match => match.Groups["name"].Value switch
    {
        "id" => record.Id.ToString(),
        "tableId" => (record.FundingTables.FirstOrDefault()?.Id ?? Guid.NewGuid()).ToString(),
        "attachmentId" => (record.Attachments.FirstOrDefault()?.Id ?? Guid.NewGuid()).ToString(),
        "noteId" => (record.Notes.FirstOrDefault()?.Id ?? Guid.NewGuid()).ToString(),
        "section" => "recommendations",
        var other => throw new InvalidOperationException($"Fill in {{{other}}} of {route}"),
    });

    /// <summary>Every field any of the record's forms reads, each set to a change: whatever a handler binds, it is asked to change something.</summary>
    private static Dictionary<string, string> Everything(DecisionRecord record)
    {
        var version = record.Version.ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["Input.Version"] = version,
            ["version"] = version,
            ["Version"] = version,
            ["Input.Title"] = "Tampered title",
            ["Input.RecordDate.Day"] = "1",
            ["Input.RecordDate.Month"] = "1",
            ["Input.RecordDate.Year"] = "2020",
            ["Input.OfficersPresent"] = "Someone else",
            ["Input.Category"] = "Tampered category",
            ["Input.Text"] = "Tampered text",
            ["Input.Caption"] = "Tampered table",
            ["Input.IncludeInTotal"] = "true",
            ["Input.Columns[0]"] = "Description",
            ["Input.Years[0]"] = "2024/25",
            ["Input.AmountHeadings[0]"] = "",
            ["Input.AmountColumnsAt"] = "1",
            ["Input.Lines[0].Texts[0]"] = "Grant",
            ["Input.Lines[0].Amounts[0]"] = "£8,888,888.00",
            ["Action"] = "save",
            ["offset"] = "1",
            ["Input.Reason"] = "Tried by the test",
            ["Input.Comment"] = "Tried by the test",
            ["Input.ChangeNote"] = "Tried by the test",
            ["Input.Explanation"] = "Tried by the test",
            ["Input.Credential"] = TestApp.Password,
            ["Input.ConfirmAdvice"] = "yes",
            ["Input.PublishRecord"] = "yes",
            ["Input.PublishReport"] = "yes",
            ["Input.PublishDetails"] = "yes",
            ["Input.Outcome"] = "Supported",
        };
    }

    [Fact]
    public async Task EveryHandler_ByEveryRole_OnEveryStatePastDraft_LeavesTheSignedContentAlone()
    {
        await App.ImportSeedsAsync();
        var clients = new Dictionary<string, HttpClient>();
        var tokens = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            clients[role] = await AsAsync(role);
            var page = await clients[role].GetDocumentAsync("/account/security");
            tokens[role] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }

        var states = new Dictionary<string, Func<Task<Guid>>>
        {
            ["awaiting advice"] = () => InSignOffAsync(0),
            ["awaiting determination"] = () => InSignOffAsync(1),
            ["awaiting decision"] = () => InSignOffAsync(2),
            ["decided, to publish later"] = DecidedAsync,
            ["published"] = () => PublishedRecordAsync("Published record"),
            ["withdrawn"] = WithdrawnAsync,
            ["imported and published"] = () => QueryAsync(db => Task.FromResult(db.DecisionRecords.Single(r => r.Slug == "EXE0019-24").Id)),
        };

        var handlers = RecordHandlers();
        Assert.Contains(handlers, h => h.Route == "/admin/decisions/{id:guid}/funding/{tableId:guid}");
        Assert.Contains(handlers, h => h.Route == "/admin/decisions/{id:guid}/sign-off");
        var moved = new List<string>();
        var tested = new List<Guid>();
        var tried = 0;
        foreach (var (state, make) in states)
        {
            var id = await make();
            tested.Add(id);
            foreach (var (route, handler) in handlers)
            {
                foreach (var role in Roles.All)
                {
                    var before = await App.LoadAsync(id);
                    var url = Url(route, before) + (handler.Length == 0 ? "" : $"?handler={handler}");
                    var response = await clients[role].PostRawFormAsync(url, Everything(before), tokens[role]);
                    tried++;
                    var after = await App.LoadAsync(id);
                    if (response.StatusCode == HttpStatusCode.InternalServerError)
                    {
                        moved.Add($"{role} POST {url} on a record {state}: 500");
                    }

                    if (after.Status == DecisionStatus.Draft)
                    {
                        // Returned or reopened for amendment: every signature is void, so none vouches for what follows.
                        Assert.DoesNotContain(after.Signatures, s => !s.IsVoid);
                    }
                    else if (after.ContentHash() != before.ContentHash())
                    {
                        moved.Add($"{role} POST {url} on a record {state} ({before.Status}): {(int)response.StatusCode}, the content changed");
                    }

                    if (after.Status != before.Status && state != "imported and published")
                    {
                        id = await make();
                        tested.Add(id);
                    }
                }
            }
        }

        Assert.True(moved.Count == 0, string.Join("\n", moved));
        Assert.True(tried > 500, $"Only {tried} posts were tried");
        await using var scope = App.Services.CreateAsyncScope();
        var references = await QueryAsync(db => db.DecisionRecords.Where(r => tested.Contains(r.Id)).Select(r => r.Reference).ToListAsync());
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<Web.Services.RegisterVerifier>().VerifyAsync(CancellationToken.None),
            p => references.Any(r => p.StartsWith(r, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheFundingEditor_OnASignedRecord_AnswersEveryFormWithTheRefusal()
    {
        var id = await PublishedRecordAsync("Signed budget");
        var author = await AsAsync(Roles.Author);
        var record = await App.LoadAsync(id);
        var table = record.FundingTables[0].Id;
        var token = (await author.GetDocumentAsync("/account/security")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var action in new[] { "save", "add-line", "add-year", "paste" })
        {
            var form = Everything(record);
            form["Action"] = action;
            form["Input.Paste"] = "Grant\t£1,000";
            var response = await author.PostRawFormAsync($"/admin/decisions/{id}/funding/{table}", form, token);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("cannot be edited", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await author.GetAsync($"/admin/decisions/{id}/funding/{table}")).StatusCode);
        Assert.Equal(record.ContentHash(), (await App.LoadAsync(id)).ContentHash());
        Assert.DoesNotContain(await AuditEventsAsync(id), e => e.EventType == AuditEventTypes.FundingTableUpdated && e.OccurredAt > record.PublishedAt);
    }

    [Fact]
    public async Task ADecidedRecordWhoseContentMovedUnderItsSignatures_IsNotPublishedAndItsPageSaysWhy()
    {
        var id = await DecidedAsync();
        var line = (await App.LoadAsync(id)).FundingTables[0].OrderedLines.First().Id;
        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE FundingAmounts SET AmountPence = 888888800 WHERE FundingLineId = {line}"));
        Clock.Advance(TimeSpan.FromDays(31));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Web.Services.PublicationService>()
                .ReleaseDueAsync(Web.Services.Changes.ActingContext.System(Clock.GetUtcNow(), "scheduled publication"), CancellationToken.None);
        }

        Assert.Equal(DecisionStatus.Decided, (await App.LoadAsync(id)).Status);
        Assert.Equal(0, await QueryAsync(db => db.PublishedVersions.CountAsync(v => v.DecisionRecordId == id)));
        var page = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync($"/admin/decisions/{id}");
        Assert.Contains("is not what Test Chief Finance Officer", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Guid> DecidedAsync()
    {
        var id = await InSignOffAsync(2);
        var later = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(30);
        await (await AsAsync(Roles.Commissioner)).SignAsync(id, new()
        {
            ["Input.PublishOn.Day"] = later.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.PublishOn.Month"] = later.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.PublishOn.Year"] = later.Year.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(DecisionStatus.Decided, (await App.LoadAsync(id)).Status);
        return id;
    }

    private async Task<Guid> WithdrawnAsync()
    {
        var id = await InSignOffAsync(1);
        var author = await AsAsync(Roles.Author);
        await author.PostFormAsync($"/admin/decisions/{id}/withdraw", new() { ["Input.Reason"] = "No longer needed", ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(DecisionStatus.Withdrawn, (await App.LoadAsync(id)).Status);
        return id;
    }
}
