using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>Reading the untidy text of legacy records: dates in three formats, amounts with typos, HTML in cells.</summary>
public static partial class ImportText
{
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<li[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</p>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>[A-Za-z]+)\s+(?<year>\d{4})\b")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4}|\d{2})\b")]
    private static partial Regex ShortDate();

    [GeneratedRegex(@"^£?(?<whole>\d{1,3}(,\d{3})*),(?<pence>\d{2})$")]
    private static partial Regex CommaForPoint();

    [GeneratedRegex(@"(?<start>(19|20)\d{2})\s*[/\-]\s*(?<end>\d{4}|\d{2})\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(nil|-|–|—|n/?a)$", RegexOptions.IgnoreCase)]
    private static partial Regex Nil();

    /// <summary>A line without emphasis marks, HTML or entities: what headings, fields and amounts are found in.</summary>
    public static string Plain(string raw)
    {
        var text = raw.Contains('<', StringComparison.Ordinal) ? Tag().Replace(raw, " ") : raw;
        text = WebUtility.HtmlDecode(text).Replace("*", "", StringComparison.Ordinal);
        return string.Join('\t', text.Split('\t').Select(c => Spaces().Replace(c, " ").Trim()));
    }

    /// <summary>A cell that says there is no amount: "nil", "-", "n/a".</summary>
    public static bool IsNil(string cell) => Nil().IsMatch(cell.Trim());

    /// <summary>The Commissioner's decision as written: "Supported", "Not Supported", "Approved", "Rejected".</summary>
    public static DecisionOutcome? ParseOutcome(string text)
    {
        var value = Plain(text).Trim().TrimEnd('.').Trim();
        return value switch
        {
            _ when value.StartsWith("Not supported", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Rejected", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("Not approved", StringComparison.OrdinalIgnoreCase) => DecisionOutcome.NotSupported,
            _ when value.StartsWith("Supported", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Approved", StringComparison.OrdinalIgnoreCase) => DecisionOutcome.Supported,
            _ => null,
        };
    }

    /// <summary>Cell or line text without HTML: list items on their own lines, entities decoded, spaces folded.</summary>
    public static string Clean(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = ListItem().Replace(text, "\n- ");
            text = ParagraphEnd().Replace(text, "\n");
            text = Tag().Replace(text, " ");
        }

        text = WebUtility.HtmlDecode(text).Replace("**", "", StringComparison.Ordinal);
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0 && l != "-");
        return string.Join("\n", lines).Replace("➤", "", StringComparison.Ordinal).Replace("- •", "-", StringComparison.Ordinal).Replace("- -", "-", StringComparison.Ordinal).Trim();
    }

    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = Clean(text);
        var match = LongDate().Match(value);
        if (match.Success && DateTime.TryParseExact($"{match.Groups["day"].Value} {match.Groups["month"].Value} {match.Groups["year"].Value}",
                ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var longDate))
        {
            return DateOnly.FromDateTime(longDate);
        }

        match = ShortDate().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// Reads an amount as written. <paramref name="note"/> says when the text had to be corrected to be read
    /// ("£148,000,00" is read as £148,000.00), so the correction can be reported.
    /// </summary>
    public static bool TryParseAmount(string? cell, out long pence, out string? note)
    {
        pence = 0;
        note = null;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return false;
        }

        var text = Clean(cell).Replace(" ", "", StringComparison.Ordinal);
        var written = text;

        // A full stop after an amount ("£3,500.00.") ends the sentence; it is not part of the figure.
        if (text.EndsWith('.') && text.Length > 1)
        {
            text = text[..^1];
        }

        if (Money.TryParsePence(text, out pence))
        {
            return true;
        }

        var comma = CommaForPoint().Match(text);
        if (comma.Success && Money.TryParsePence($"{comma.Groups["whole"].Value}.{comma.Groups["pence"].Value}", out pence))
        {
            note = $"\"{written}\" read as {Money.Format(pence)}";
            return true;
        }

        return false;
    }

    /// <summary>Financial years written in the text, such as "2020/21", "2020-21" or "2024/2025".</summary>
    public static IEnumerable<string> FinancialYears(string text)
    {
        foreach (Match match in YearPattern().Matches(text))
        {
            if (FinancialYear.TryNormalise($"{match.Groups["start"].Value}/{match.Groups["end"].Value}", out var year))
            {
                yield return year;
            }
        }
    }
}
