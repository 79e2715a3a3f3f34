using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>When digests go, as GOV.UK sends them: every day at 08:30 London time, and on Saturdays at 08:30 for the weekly one.</summary>
public static class DigestSchedule
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly TimeOnly At = new(8, 30);

    /// <summary>The latest run due at or before <paramref name="now"/>, in UTC, and the key that makes it happen once.</summary>
    public static (DateTimeOffset Run, DateTimeOffset Since, string Key) Latest(AlertFrequency frequency, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);
        var day = today;
        while (Utc(day) > now || (frequency == AlertFrequency.Weekly && day.DayOfWeek != DayOfWeek.Saturday))
        {
            day = day.AddDays(-1);
        }

        var since = day.AddDays(frequency == AlertFrequency.Weekly ? -7 : -1);
        return (Utc(day), Utc(since), $"digest:{frequency.ToString().ToLowerInvariant()}:{day:yyyy-MM-dd}");
    }

    private static DateTimeOffset Utc(DateOnly day)
    {
        var local = day.ToDateTime(At);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }
}
