using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class SubmitTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task Get_IncompleteDraft_LinksEachMissingItemToItsField()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Missing sections");

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}/submit");

        var links = page.QuerySelectorAll("main li a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Contains(links, l => l.Href == $"/admin/decisions/{id}/sections/summary-of-issue#Input_Text");
        Assert.Contains(links, l => l.Href == $"/admin/decisions/{id}/sections/recommendations#Input_Text");
        Assert.All(links.Where(l => l.Href.Contains("/sections/", StringComparison.Ordinal)), l => Assert.False(string.IsNullOrWhiteSpace(l.Text)));
        Assert.Null(page.QuerySelector("main form button[type=submit]"));
    }
}
