using System.Text.RegularExpressions;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

/// <summary>
/// Turns rows copied from a spreadsheet or a Word table into lines. A row with a single cell starts a group
/// (such as VICTIMS); repeated header rows and total or subtotal rows are skipped, because totals are always computed.
/// </summary>
public static partial class PastedLines
{
    [GeneratedRegex(@"(^|\b)(sub-?\s?total|grand total|total)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalRow();

    public sealed record Result(List<FundingTableForm.LineForm> Lines, int SkippedTotals, int SkippedHeaders);

    public static Result Parse(string text, FundingTableForm form)
    {
        var lines = new List<FundingTableForm.LineForm>();
        var skippedTotals = 0;
        var skippedHeaders = 0;
        string? group = null;
        var at = Math.Clamp(form.AmountColumnsAt, 0, form.Columns.Count);
        var width = form.Columns.Count + form.Years.Count;

        foreach (var row in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var cells = row.Split('\t').Select(c => c.Trim()).ToList();
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            if (form.Columns.Count > 0 && string.Equals(cells[0], form.Columns[0]?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                skippedHeaders++;
                continue;
            }

            if (TotalRow().IsMatch(cells[0]))
            {
                skippedTotals++;
                continue;
            }

            if (filled.Count == 1 && cells[0].Length > 0 && width > 1)
            {
                group = cells[0];
                continue;
            }

            while (cells.Count < width)
            {
                cells.Add("");
            }

            var texts = cells.Take(at).Concat(cells.Skip(at + form.Years.Count).Take(form.Columns.Count - at)).Select(c => (string?)c).ToList();
            var amounts = cells.Skip(at).Take(form.Years.Count).Select(c => (string?)c).ToList();
            lines.Add(new FundingTableForm.LineForm { Group = group, Texts = texts, Amounts = amounts });
        }

        return new Result(lines, skippedTotals, skippedHeaders);
    }
}
