using DecisionRecords.Tests.Infrastructure;

namespace DecisionRecords.Tests.Pages;

public class AccessibilityTests
{
    [Fact]
    public async Task Get_ConfiguredStatement_GivesTheContactsAndWhenItWasPreparedAndReviewed()
    {
        await using var app = new TestApp
        {
            Settings =
            {
                ["Accessibility:ContactEmail"] = "access@opcc.example",
                ["Accessibility:ContactPhone"] = "0116 000 0000",
                ["Accessibility:StatementPreparedOn"] = "2026-09-01",
                ["Accessibility:StatementReviewedOn"] = "2026-11-02",
            },
        };

        var main = (await app.CreateAnonymousClient().GetDocumentAsync("/accessibility")).QuerySelector("main")!;

        Assert.NotNull(main.QuerySelector("a[href='mailto:access@opcc.example']"));
        Assert.Contains("0116 000 0000", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 September 2026", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 November 2026", main.TextContent, StringComparison.Ordinal);
    }
}
