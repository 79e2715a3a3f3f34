using System.Globalization;

namespace DecisionRecords.Web.Services;

/// <summary>Times are stored in UTC and shown in Europe/London.</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToLondon(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, London);

    /// <summary>The day in London of a stored UTC time.</summary>
    public static DateOnly DateOf(DateTimeOffset utc) => DateOnly.FromDateTime(ToLondon(utc).DateTime);

    /// <summary>The moment (UTC) a London day begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLondon(time.GetUtcNow()).DateTime);

    public static string FormatDateTime(DateTimeOffset utc) =>
        ToLondon(utc).ToString("d MMMM yyyy 'at' h:mmtt", Culture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public static string FormatDate(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "";
}
