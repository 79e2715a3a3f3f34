namespace DecisionRecords.Web.Domain;

/// <summary>
/// The key of an amount column within a table: its financial year, and its measure where the table gives several
/// for one year ("2023/24 Net", "2023/24 VAT"). A year with one column is keyed by the year alone.
/// </summary>
public static class AmountColumnKey
{
    public static string Of(string year, string? measure) => string.IsNullOrEmpty(measure) ? year : $"{year} {measure}";

    public static string YearOf(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    public static string MeasureOf(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "" : key[(space + 1)..];
    }
}
