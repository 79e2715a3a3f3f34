using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class RecordTests(TestApp app) : PageTest(app)
{
    public static TheoryData<int> Stages => [-1, 0, 1, 2, 3];

    /// <summary>-1 a draft, 0 to 2 that many signatures, 3 published.</summary>
    [Theory]
    [MemberData(nameof(Stages))]
    public async Task Get_ChangeLinks_OnlyWhereSomethingMayChange_AndEachGoesSomewhere(int stage)
    {
        var author = await AsAsync(Roles.Author);
        var id = stage switch
        {
            -1 => await author.CreateCompleteRecordAsync(App, "Change links"),
            3 => await PublishedRecordAsync("Change links"),
            _ => await InSignOffAsync(stage, "Change links"),
        };

        foreach (var role in new[] { Roles.Author, Roles.MonitoringOfficer, Roles.Commissioner })
        {
            var url = $"/admin/decisions/{id}";
            var page = await (await AsAsync(role)).GetDocumentAsync(url);
            var changes = page.QuerySelectorAll("main a").Where(a => a.TextContent.Trim().StartsWith("Change", StringComparison.Ordinal)).ToList();
            Assert.All(changes, a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("href")) || a.GetAttribute("href") == url, $"{role}: a Change link goes nowhere"));
            if (stage == -1 && role == Roles.Author)
            {
                Assert.True(changes.Count >= 4, "The author of a draft changes each detail and each section");
            }
            else
            {
                Assert.True(changes.Count == 0, $"{role} sees {changes.Count} Change links on a record that may not change ({stage})");
                Assert.Empty(page.QuerySelectorAll(".govuk-summary-list__actions"));
            }
        }
    }
}
