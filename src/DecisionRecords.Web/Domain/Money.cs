using System.Globalization;
using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Domain;

/// <summary>Amounts are kept as whole pence so that sums are exact on every database provider.</summary>
public static partial class Money
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    // £1,234.50 / 1234.5 / 1,234 — commas must group thousands exactly, at most two decimal places.
    /// <summary>What an amount typed in pounds may look like; the funding editor's live totals read amounts by the same pattern.</summary>
    public const string AmountPatternText = @"^£?\s*(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d{1,2}))?$";

    [GeneratedRegex(AmountPatternText, RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    public const long MaxPence = 99_999_999_999_99; // just under £100 billion

    public static bool TryParsePence(string? input, out long pence)
    {
        pence = 0;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var match = AmountPattern().Match(input.Trim());
        if (!match.Success)
        {
            return false;
        }

        var whole = match.Groups["whole"].Value.Replace(",", "", StringComparison.Ordinal);
        if (whole.Length > 12 || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var pounds))
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Success ? match.Groups["fraction"].Value.PadRight(2, '0') : "00";
        pence = (pounds * 100) + int.Parse(fraction, CultureInfo.InvariantCulture);
        return pence <= MaxPence;
    }

    /// <summary>An amount that may be negative, as accounts write a credit, refund or saving: "-500", "−£1,000" or "(1,000)".</summary>
    public static bool TryParseSignedPence(string? input, out long pence)
    {
        pence = 0;
        var text = input?.Trim() ?? "";
        var negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            (text, negative) = (text[1..^1].Trim(), true);
        }
        else if (text.Length > 1 && text[0] is '-' or '\u2212')
        {
            (text, negative) = (text[1..].TrimStart(), true);
        }

        if (!TryParsePence(text, out pence))
        {
            return false;
        }

        pence = negative ? -pence : pence;
        return true;
    }

    /// <summary>Whether <paramref name="written"/> is simply <paramref name="pence"/> written out, rather than a form that had to be corrected to be read.</summary>
    public static bool ReadsAs(string written, long pence)
    {
        // A full stop after the figure ends a sentence; it does not make the figure another one.
        var text = written.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).TrimEnd('.');
        return TryParsePence(text, out var read) && read == pence;
    }

    public static string Format(long pence) =>
        (pence / 100m).ToString("C2", UkCulture);

    /// <summary>Formats for an input box: no currency sign, pence only when needed.</summary>
    public static string FormatForInput(long pence) =>
        pence % 100 == 0
            ? (pence / 100).ToString("#,0", UkCulture)
            : (pence / 100m).ToString("#,0.00", UkCulture);
}
