using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Services;

/// <summary>Which changes a list gets, and when digests go: London's clock, summer and winter.</summary>
public class AlertMatchingTests
{
    private static PublishedVersion Version(string text, string? category = null, string organisations = "", string years = "", DecisionOutcome? outcome = DecisionOutcome.Supported) =>
        new() { SearchText = text, Category = category, Organisations = organisations, FundingYears = years, Outcome = outcome };

    [Theory]
    [InlineData("drones", "Drones for rural policing", true)]
    [InlineData("DRONE", "Drones for rural policing", false)]
    [InlineData("cafe", "Funding for the Café project", true)]
    [InlineData("catch-22", "A grant to Catch 22 for mentoring", true)]
    [InlineData("catch-22", "Catch the bus 22 times", false)]
    [InlineData("rural drones", "Drones for rural policing", true)]
    [InlineData("urban drones", "Drones for rural policing", false)]
    public void Words_MatchAsTheRegistersSearchDoes_WholeWordsInOrder_AnyCaseOrAccent(string q, string text, bool matches) =>
        Assert.Equal(matches, AlertMatcher.Matches(new AlertCriteria(Q: q), Version(text)));

    [Fact]
    public void Filters_EachMustHold()
    {
        var version = Version("Youth diversion", "Community safety", "|Catch 22|Youth Zone|", "|2024/25|2025/26|");
        Assert.True(AlertMatcher.Matches(new AlertCriteria(), version));
        Assert.True(AlertMatcher.Matches(new AlertCriteria(Category: "Community safety", Organisation: "catch 22", FundingYear: "2025/26", Outcome: DecisionOutcome.Supported), version));
        Assert.False(AlertMatcher.Matches(new AlertCriteria(Category: "Roads"), version));
        Assert.False(AlertMatcher.Matches(new AlertCriteria(Organisation: "Catch"), version));
        Assert.False(AlertMatcher.Matches(new AlertCriteria(FundingYear: "2023/24"), version));
        Assert.False(AlertMatcher.Matches(new AlertCriteria(Outcome: DecisionOutcome.NotSupported), version));
    }

    [Theory]
    // Winter: London is UTC, so 08:30 London is 08:30 UTC.
    [InlineData("2026-12-09T08:29:00Z", "Daily", "2026-12-08T08:30:00Z", "digest:daily:2026-12-08")]
    [InlineData("2026-12-09T08:30:00Z", "Daily", "2026-12-09T08:30:00Z", "digest:daily:2026-12-09")]
    // Summer: London is UTC+1, so 08:30 London is 07:30 UTC.
    [InlineData("2026-07-01T07:45:00Z", "Daily", "2026-07-01T07:30:00Z", "digest:daily:2026-07-01")]
    [InlineData("2026-07-01T07:15:00Z", "Daily", "2026-06-30T07:30:00Z", "digest:daily:2026-06-30")]
    // Weekly: Saturdays.
    [InlineData("2026-12-09T12:00:00Z", "Weekly", "2026-12-05T08:30:00Z", "digest:weekly:2026-12-05")]
    [InlineData("2026-12-12T08:30:00Z", "Weekly", "2026-12-12T08:30:00Z", "digest:weekly:2026-12-12")]
    public void Digests_AreDueAt0830London(string now, string frequency, string run, string key)
    {
        var due = DigestSchedule.Latest(Enum.Parse<AlertFrequency>(frequency), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse(run, System.Globalization.CultureInfo.InvariantCulture), due.Run);
        Assert.Equal(key, due.Key);
        var hours = frequency == "Weekly" ? 7 * 24 : 24;
        Assert.InRange((due.Run - due.Since).TotalHours, hours - 1, hours + 1);
    }
}
