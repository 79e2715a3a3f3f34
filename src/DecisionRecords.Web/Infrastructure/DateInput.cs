using System.Globalization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>What the user typed into a GOV.UK date input; kept as text so nothing is lost on a validation error.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public DateOnly? ToDate() =>
        int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public static DateInput From(DateOnly? date) => date is { } value
        ? new DateInput
        {
            Day = value.Day.ToString(CultureInfo.InvariantCulture),
            Month = value.Month.ToString(CultureInfo.InvariantCulture),
            Year = value.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateInput();
}
