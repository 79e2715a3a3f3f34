using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// The unit a column of amounts is written in: pounds, or thousands or millions of pounds, as a heading or caption
/// says it ("2023/24 (£000s)", "£'000", "£k", "£m", "in thousands", "£ million"). Amounts are kept in pounds; the unit
/// as written is kept beside them so that each figure can be shown as the original writes it.
/// </summary>
public static partial class AmountUnit
{
    public const int WrittenMaxLength = 30;

    /// <summary>The units an officer may draft a table in: the unit as it is shown, and what it is.</summary>
    public static readonly IReadOnlyList<(string Written, string Name)> Drafting =
    [
        ("", "Pounds (£)"),
        ("£000s", "Thousands of pounds (£000s)"),
        ("£m", "Millions of pounds (£m)"),
    ];

    [GeneratedRegex(@"£\s*'?\s*000\s*'?s?|\(\s*000s?\s*\)|£\s*k\b|\bin\s+(£\s*)?thousands\b|£\s*thousands?\b|\bthousands\s+of\s+pounds\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"£\s*m(n|s)?\b|£\s*millions?\b|\bin\s+(£\s*)?millions\b|\bmillions\s+of\s+pounds\b|£\s*'?\s*000\s*,\s*000", RegexOptions.IgnoreCase)]
    private static partial Regex Millions();

    /// <summary>The unit written in a heading or caption, as written; null where it names none, "?" where it names more than one.</summary>
    public static string? Find(string text)
    {
        var thousands = Thousands().Match(text);
        var millions = Millions().Match(text);
        return (thousands.Success, millions.Success) switch
        {
            (true, true) => "?",
            (true, false) => thousands.Value.Trim(),
            (false, true) => millions.Value.Trim(),
            _ => null,
        };
    }

    /// <summary>How many pounds one of the unit is: 1 for pounds (a blank unit).</summary>
    public static long Scale(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return 1;
        }

        return Millions().IsMatch(written) ? 1_000_000 : Thousands().IsMatch(written) ? 1_000 : 1;
    }

    /// <summary>The unit in words, for a note beside the figures: "thousands of pounds".</summary>
    public static string Describe(string? written) => Scale(written) switch
    {
        1_000_000 => "millions of pounds",
        1_000 => "thousands of pounds",
        _ => "pounds",
    };

    /// <summary>Reads a figure written in the unit ("125.5" in £000s) as pence; false where it is not a figure.</summary>
    public static bool TryParse(string figure, string? unit, out long pence)
    {
        pence = 0;
        var text = figure.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).TrimEnd('.');
        var negative = text.StartsWith('(') && text.EndsWith(')') || text.StartsWith('-');
        text = text.Trim('(', ')', '-');
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var scaled = value * Scale(unit) * 100m;
        if (scaled > long.MaxValue / 4 || scaled != decimal.Round(scaled))
        {
            return false;
        }

        pence = (long)scaled * (negative ? -1 : 1);
        return true;
    }

    /// <summary>Whether <paramref name="written"/> is simply the amount written out in the unit, rather than a form that had to be corrected to be read.</summary>
    public static bool ReadsAs(string written, long pence, string? unit) =>
        Scale(unit) == 1 ? Money.ReadsAs(written, pence) : TryParse(written, unit, out var read) && read == pence;

    /// <summary>Writes pence in the unit for an input box or beside the pounds: 125,500 pounds in £000s is "125.5".</summary>
    public static string Format(long pence, string? unit)
    {
        var value = pence / 100m / Scale(unit);
        return value.ToString(Scale(unit) == 1 ? "#,0.##" : "#,0.######", System.Globalization.CultureInfo.InvariantCulture);
    }
}
