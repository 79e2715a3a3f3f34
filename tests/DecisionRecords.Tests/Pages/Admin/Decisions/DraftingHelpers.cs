using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public static class DraftingHelpers
{
    public static async Task<Guid> CreateRecordAsync(this HttpClient author, string title = "People Zones 2024/2025 Budget")
    {
        var response = await author.PostFormAsync("/admin/decisions/new", new()
        {
            ["Input.Title"] = title,
            ["Input.RecordDate.Day"] = "13",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2024",
            ["Input.OfficersPresent"] = "Siobhan Peters\nKira Hughes",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Location().Split('/').Last());
    }

    public static Task<DecisionRecord> LoadAsync(this TestApp app, Guid id) =>
        app.WithDbAsync(db => db.DecisionRecords
            .Include(r => r.FundingTables).ThenInclude(t => t.Lines).ThenInclude(l => l.Amounts)
            .Include(r => r.Attachments)
            .AsSplitQuery().AsNoTracking().SingleAsync(r => r.Id == id));
}
