using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Two tests that each move their clock on a day: whichever runs second still starts on the first day.</summary>
public class TestClockTests(TestApp app) : PageTest(app)
{
    [Fact]
    public Task FirstTest_StartsOnTheFirstDayAndMovesOn() => MovesOnADayFromTheStartAsync();

    [Fact]
    public Task SecondTest_StartsOnTheFirstDayAndMovesOn() => MovesOnADayFromTheStartAsync();

    private async Task MovesOnADayFromTheStartAsync()
    {
        Assert.Equal(TestClock.Start, App.Time.GetUtcNow());
        Clock.Advance(TimeSpan.FromDays(1));

        // The application, answering this test's request, reads this test's clock.
        var id = await (await AsAsync(Roles.Author)).CreateRecordAsync("Made a day after the start");
        Assert.Equal(TestClock.Start.AddDays(1), (await App.LoadAsync(id)).CreatedAt);
    }
}
