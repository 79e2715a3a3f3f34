using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class CategoryTests(TestApp app) : PageTest(app)
{
    private async Task<Guid> ImportedAsync(string slug)
    {
        await App.ImportSeedsAsync();
        return await QueryAsync(db => db.DecisionRecords.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task Post_Category_FilesThePublishedRecordInANewVersionAndAudits()
    {
        var id = await ImportedAsync("EXE0021-24");
        var author = await AsAsync(Roles.Author);
        var page = await author.GetDocumentAsync($"/admin/decisions/{id}/category");
        var category = page.QuerySelectorAll("input[name='Input.Category']").Select(i => i.GetAttribute("value")!).First(v => v != "none");
        var versionsBefore = await QueryAsync(db => db.PublishedVersions.CountAsync(v => v.DecisionRecordId == id));

        var response = await author.PostFormAsync($"/admin/decisions/{id}/category", new()
        {
            ["Input.Category"] = category,
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(category, (await App.LoadAsync(id)).Category);
        Assert.Equal(versionsBefore + 1, await QueryAsync(db => db.PublishedVersions.CountAsync(v => v.DecisionRecordId == id)));
        var audit = Assert.Single(await AuditEventsAsync(id), e => e.EventType == "record.category-set");
        Assert.Contains(category, audit.Payload, StringComparison.Ordinal);
        var funding = await App.CreateAnonymousClient().GetDocumentAsync("/funding");
        Assert.Contains(category, funding.QuerySelector("#by-category-caption")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoChoice_Returns400WithTheMessage()
    {
        var id = await ImportedAsync("EXE0019-24");

        var response = await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{id}/category", new()
        {
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync()).QuerySelector(".govuk-error-summary a[href='#Input_Category']"));
    }

    [Fact]
    public async Task Get_CommissionerMayNotSetACategory()
    {
        var id = await ImportedAsync("EXE0019-24");

        var response = await (await AsAsync(Roles.Commissioner)).GetAsync($"/admin/decisions/{id}/category");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }
}
