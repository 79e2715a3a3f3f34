using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.OfficeHolders;

public class EditTests(TestApp app) : PageTest(app)
{
    private static Dictionary<string, string> Holder(string name, string from, string to) => new()
    {
        ["Input.Office"] = nameof(Office.Commissioner),
        ["Input.Name"] = name,
        ["Input.JobTitle"] = "Police and Crime Commissioner",
        ["Input.From.Day"] = from.Split('/')[0],
        ["Input.From.Month"] = from.Split('/')[1],
        ["Input.From.Year"] = from.Split('/')[2],
        ["Input.To.Day"] = to.Length == 0 ? "" : to.Split('/')[0],
        ["Input.To.Month"] = to.Length == 0 ? "" : to.Split('/')[1],
        ["Input.To.Year"] = to.Length == 0 ? "" : to.Split('/')[2],
    };

    [Fact]
    public async Task Post_History_RecordShowsTheHolderOnItsOwnDate()
    {
        var admin = await AsAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/office-holders/new", Holder("Lord Bach", "12/5/2016", "12/5/2021"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/office-holders/new", Holder("Rupert Matthews", "13/5/2021", ""))).StatusCode);
        Assert.Equal(2, await QueryAsync(db => db.AuditEvents.CountAsync(e => e.EventType == AuditEventTypes.OfficeHolderSaved)));

        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var preview = await author.GetDocumentAsync($"/admin/decisions/{id}/preview");
        Assert.Contains("Commissioner on 13 March 2024: Rupert Matthews", preview.QuerySelector("article")!.TextContent, StringComparison.Ordinal);

        await App.WithDbAsync(db => db.DecisionRecords.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RecordDate, new DateOnly(2020, 2, 18))));
        preview = await author.GetDocumentAsync($"/admin/decisions/{id}/preview");
        Assert.Contains("Commissioner on 18 February 2020: Lord Bach", preview.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EndBeforeStart_IsRefusedWithAMessage()
    {
        var admin = await AsAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/admin/office-holders/new", Holder("Someone", "13/5/2021", "1/5/2021"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The last day in office must be on or after the first day", (await response.ReadDocumentAsync()).InlineError("Input_To"));
    }
}
