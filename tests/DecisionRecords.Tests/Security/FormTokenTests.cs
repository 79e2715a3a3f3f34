using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Security;

/// <summary>
/// Every form that posts carries the antiforgery token, including those whose address is written out rather than made
/// by a tag helper: without it the browser's post is refused, though a test that posts to the address itself passes.
/// </summary>
public class FormTokenTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task EveryPostForm_OnPagesWithWrittenOutAddresses_CarriesTheToken()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Two tables");
        await author.CompleteAsync(App, id);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/admin/forward-plan/new", new()
        {
            ["Input.Title"] = "Form token item",
            ["Input.Matter"] = "Whether to",
            ["Input.DecisionMaker"] = "Commissioner",
            ["Input.ExpectedDay"] = "",
            ["Input.ExpectedMonth"] = "5",
            ["Input.ExpectedYear"] = "2027",
            ["Input.EstimatedValue"] = "",
            ["Input.SignificantEffect"] = "false",
            ["Input.Category"] = "",
            ["Input.LeadOfficer"] = "Jane Smith",
            ["Input.Documents"] = "",
            ["Input.Representations"] = "",
            ["Input.IsExempt"] = "false",
            ["Input.GeneralTerms"] = "",
            ["Input.ExemptReason"] = "",
            ["Input.Version"] = "0",
        })).StatusCode);
        var item = await QueryAsync(db => db.PlanItems.Where(p => p.Title == "Form token item").Select(p => p.Id).SingleAsync());

        foreach (var path in new[] { $"/admin/decisions/{id}", $"/admin/forward-plan/{item}", "/account/security" })
        {
            var page = await author.GetDocumentAsync(path);
            var forms = page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(forms);
            foreach (var form in forms)
            {
                Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"{path}: the form posting to {form.GetAttribute("action")} has no antiforgery token");
            }
        }

        Assert.Equal(2, (await author.GetDocumentAsync($"/admin/decisions/{id}")).QuerySelectorAll("form[action*='/move']").Length);
    }
}
