using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// The sums of money a record's text states about the decision as a whole, kept as written:
/// <list type="bullet">
/// <item>a stated total of its funding: "totals £4,385,961", "£525,000 in total", "a budget of £148,000,00";</item>
/// <item>a stated value of the decision that the recommendations divide up: the summary names £140,705.06, and the
/// recommendations' £31,000, £10,000, £1,800 and £97,905 add to it (within £1). The tables are then the itemised part.</item>
/// </list>
/// </summary>
public static partial class StatedFigures
{
    private const string Amount = @"£\s?\d[\d,]*(?:\.\d+)?(?![\d,]*\s?[kKmM]\b)";

    [GeneratedRegex(@"\btotal[a-z]*\s+(?:of\s+)?(?<a>" + Amount + ")|(?<b>" + Amount + @")\s+in total\b|\bbudget of\s+(?<c>" + Amount + ")", RegexOptions.IgnoreCase)]
    private static partial Regex StatedTotalPattern();

    [GeneratedRegex(Amount)]
    private static partial Regex AnyAmount();

    /// <summary>Money the office receives ("Grant income from the Home Office: £150,000") is never part of what it spends.</summary>
    [GeneratedRegex(@"\bincome\b|\breceipts?\b|\bgrants?\s+received\b|\breceived\s+from\b|\bcontributions?\s+from\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeSentence();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    /// <summary>A stated total with the sentence that states it, for the rules that read which year it is about.</summary>
    public sealed record StatedTotalIn(StatedFigure Figure, string Sentence);

    public static (StatedFigure? Value, StatedTotalIn? Total) Read(string summary, string recommendations, IReadOnlyList<FundingTableEdit> tables, List<ParsedNote> notes)
    {
        var total = FindTotal(("the summary of issue", summary), ("the recommendations", recommendations));
        var value = FindDividedValue(summary, recommendations, tables, notes);
        return (value, total);
    }

    private static StatedTotalIn? FindTotal(params (string Section, string Markdown)[] sections)
    {
        foreach (var (section, markdown) in sections)
        {
            foreach (var sentence in Sentences(markdown))
            {
                var match = StatedTotalPattern().Match(sentence);
                if (!match.Success || IncomeSentence().IsMatch(sentence))
                {
                    continue;
                }

                var written = new[] { "a", "b", "c" }.Select(g => match.Groups[g]).First(g => g.Success).Value.Trim().TrimEnd('.', ',');
                var pence = ImportText.TryParseAmount(written, out var p, out _) ? p : (long?)null;
                return new StatedTotalIn(new StatedFigure(written, pence, Where(section, sentence)), sentence);
            }
        }

        return null;
    }

    private static StatedFigure? FindDividedValue(string summary, string recommendations, IReadOnlyList<FundingTableEdit> tables, List<ParsedNote> notes)
    {
        var parts = Amounts(recommendations).ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var sum = parts.Sum(p => p.Pence);
        var largestTable = tables.Count == 0 ? 0 : tables.Max(t => t.Lines.Sum(l => l.Amounts.Sum(a => a.Pence)));
        foreach (var sentence in Sentences(summary))
        {
            foreach (var (written, pence) in AmountsIn(sentence))
            {
                if (Math.Abs(pence - sum) <= 100 && pence > largestTable && !parts.Any(p => p.Pence == pence))
                {
                    notes.Add(new ParsedNote(NoteKind.Inference,
                        $"The value of the decision is taken as the {written} that the summary of issue names: the recommendations divide it into {Join(parts.Select(p => Money.Format(p.Pence)))}, which add to {Money.Format(sum)}.",
                        null, NoteAnchors.Value));
                    return new StatedFigure(written, pence, Where("the summary of issue", sentence));
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Written, long Pence)> Amounts(string markdown) =>
        Sentences(markdown).Where(s => !IncomeSentence().IsMatch(s)).SelectMany(AmountsIn);

    private static IEnumerable<(string Written, long Pence)> AmountsIn(string sentence)
    {
        foreach (Match match in AnyAmount().Matches(sentence))
        {
            var written = match.Value.Trim().TrimEnd('.', ',');
            if (ImportText.TryParseAmount(written, out var pence, out _) && pence > 0)
            {
                yield return (written, pence);
            }
        }
    }

    private static IEnumerable<string> Sentences(string markdown) =>
        SentenceBreak().Split(RichText.ToPlainText(markdown)).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Where(string section, string sentence)
    {
        var quote = sentence.Length > 300 ? sentence[..297] + "…" : sentence;
        return $"{section}: “{quote}”";
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
