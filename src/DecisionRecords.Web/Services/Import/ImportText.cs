using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>Reading the untidy text of legacy records: dates in every form UK bodies write them, amounts with typos, HTML in cells.</summary>
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

    [GeneratedRegex(@"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    // "31st October 2017", "31 Oct. 2017", "31 October, 2017", "9th of July 2024"
    [GeneratedRegex(@"^(?<day>\d{1,2})(st|nd|rd|th)?(\s+of)?[\s\-]+(?<month>[A-Za-z]{3,9})\.?,?[\s\-]+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    // "October 31, 2017", "Oct 31st 2017"
    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // "9/7/2024", "09.07.24", "9-7-2024": day first, as UK public bodies write it
    [GeneratedRegex(@"^(?<day>\d{1,2})\s*(?<sep>[./\-])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<year>\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^\((?<inner>.+)\)$")]
    private static partial Regex Brackets();

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

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1,
        ["january"] = 1,
        ["feb"] = 2,
        ["february"] = 2,
        ["mar"] = 3,
        ["march"] = 3,
        ["apr"] = 4,
        ["april"] = 4,
        ["may"] = 5,
        ["jun"] = 6,
        ["june"] = 6,
        ["jul"] = 7,
        ["july"] = 7,
        ["aug"] = 8,
        ["august"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["september"] = 9,
        ["oct"] = 10,
        ["october"] = 10,
        ["nov"] = 11,
        ["november"] = 11,
        ["dec"] = 12,
        ["december"] = 12,
    };

    /// <summary>
    /// A date in the forms UK public bodies write: "9/7/2024", "09.07.24", "9-7-2024", "31st October 2017",
    /// "October 31, 2017", any of them after a weekday ("Tuesday, 9th July 2024"). Numbers are day first; a two-digit
    /// year is 2000-2049 below 50 and 1950-1999 from 50.
    /// </summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = Weekday().Replace(Clean(text), "");
        if (DayMonthYear().Match(value) is { Success: true } dmy)
        {
            return Date(dmy.Groups["day"].Value, Months.GetValueOrDefault(dmy.Groups["month"].Value), dmy.Groups["year"].Value);
        }

        if (MonthDayYear().Match(value) is { Success: true } mdy)
        {
            return Date(mdy.Groups["day"].Value, Months.GetValueOrDefault(mdy.Groups["month"].Value), mdy.Groups["year"].Value);
        }

        return NumericDate().Match(value) is { Success: true } numeric
            ? Date(numeric.Groups["day"].Value, int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture), numeric.Groups["year"].Value)
            : null;
    }

    private static DateOnly? Date(string dayText, int month, string yearText)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        year = yearText.Length == 2 ? (year < 50 ? 2000 : 1900) + year : year;
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
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

        // A negative amount, as accounts write it: "(1,000)" or "-£1,000".
        var negative = false;
        if (Brackets().Match(text) is { Success: true } bracketed)
        {
            (text, negative) = (bracketed.Groups["inner"].Value, true);
        }
        else if (text.Length > 1 && text[0] is '-' or '\u2212' && (char.IsAsciiDigit(text[1]) || text[1] == '£'))
        {
            (text, negative) = (text[1..], true);
        }

        if (Money.TryParsePence(text, out pence))
        {
            pence = negative ? -pence : pence;
            return true;
        }

        var comma = CommaForPoint().Match(text);
        if (comma.Success && Money.TryParsePence($"{comma.Groups["whole"].Value}.{comma.Groups["pence"].Value}", out pence))
        {
            pence = negative ? -pence : pence;
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
