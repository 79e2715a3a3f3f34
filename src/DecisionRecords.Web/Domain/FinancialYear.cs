using System.Globalization;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Domain;

/// <summary>A UK public-sector financial year, 1 April to 31 March, written "2024/25".</summary>
public static partial class FinancialYear
{
    public const int MaxLength = 7;

    [GeneratedRegex(@"^(?<start>\d{4})\s*[/\-]\s*(?<end>\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Accepts "2024/25", "2024-25" and "2024/2025"; returns the canonical "2024/25".</summary>
    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var match = Pattern().Match(input.Trim());
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var endText = match.Groups["end"].Value;
        var end = int.Parse(endText, CultureInfo.InvariantCulture);
        var expectedEnd = endText.Length == 2 ? (start + 1) % 100 : start + 1;
        if (start < 1900 || start > 2200 || end != expectedEnd)
        {
            return false;
        }

        normalised = string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");
        return true;
    }

    public static int StartYear(string financialYear) =>
        int.Parse(financialYear.AsSpan(0, 4), CultureInfo.InvariantCulture);

    public static string Containing(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");
    }
}
