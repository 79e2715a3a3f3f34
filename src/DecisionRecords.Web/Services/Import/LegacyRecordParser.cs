using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

public sealed record ParsedSignature(string? Name, DateOnly? Date, int Line);

public sealed record ParsedRecord(
    string Reference,
    string Title,
    DateOnly? RecordDate,
    DateOnly? ReceivedDate,
    IReadOnlyList<string> OfficersPresent,
    string SummaryOfIssue,
    string Recommendations,
    string KeyDiscussionPoints,
    IReadOnlyList<FundingTableEdit> Tables,
    ParsedSignature? Advice,
    bool? PublishRecord,
    bool? PublishReport,
    bool? PublishDetails,
    string? Reasons,
    ParsedSignature? Determination,
    DecisionOutcome? Outcome,
    ParsedSignature? Decision,
    IReadOnlyList<string> Discrepancies);

/// <summary>
/// Reads a decision record in the layout of the OPCC's published documents, as plain text (tables as tab-separated
/// rows). Refuses anything that is not a decision record; reports every figure it had to correct or could not match.
/// </summary>
public static partial class LegacyRecordParser
{
    public const int MaxLength = 2_000_000;

    [GeneratedRegex(@"^Summary of Issue\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"^Recommendations?(\(s\))? presented\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationsHeading();

    [GeneratedRegex(@"^Key discussion points\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiscussionHeading();

    [GeneratedRegex(@"^OFFICE OF PCC APPROVAL", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalHeading();

    [GeneratedRegex(@"^(Decision of Monitoring Officer|Publication Scheme)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminationHeading();

    [GeneratedRegex(@"^Having received the advice", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionHeading();

    [GeneratedRegex(@"^(Appendix|Annex)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^(Table\s+\d+|Appendix|Annex)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();




    [GeneratedRegex(@"(?:total[a-z]*\s+(?:of\s+)?£\s*(?<a>[\d,\.]+\d))|(?:£\s*(?<b>[\d,\.]+\d)\s+in total)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedTotal();

    [GeneratedRegex(@"^Name:\s*(?<name>.*?)\s*(?:Date:\s*(?<date>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^Date:\s*(?<date>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^Signature\b:?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLine();

    private sealed record Line(int Number, string Text)
    {
        public bool IsTable => Text.Contains('\t', StringComparison.Ordinal) && Text.Split('\t').Any(c => c.Trim().Length > 0);

        public bool IsBlank => Text.Trim().Length == 0;
    }

    public static ParsedRecord Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ImportRefusedException($"the document is larger than {MaxLength:N0} characters");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) > 10)
        {
            throw new ImportRefusedException("the document is not text (it holds binary data)");
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select((l, i) => new Line(i + 1, l.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).TrimEnd(' ', '\r')))
            .ToList();
        var discrepancies = new List<string>();

        if (!lines.Take(40).Any(l => l.Text.Contains("DECISION RECORD", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ImportRefusedException("this is not a decision record: it has no \"DECISION RECORD\" heading");
        }

        var summaryAt = Find(lines, SummaryHeading(), 0) ?? throw new ImportRefusedException("there is no \"Summary of Issue\" heading", lines.Count);
        var approvalAt = Find(lines, ApprovalHeading(), summaryAt) ?? throw new ImportRefusedException("there is no \"OFFICE OF PCC APPROVAL\" section", lines.Count);
        var recommendationsAt = Find(lines, RecommendationsHeading(), summaryAt, approvalAt);
        var discussionAt = Find(lines, DiscussionHeading(), summaryAt, approvalAt);
        var determinationAt = Find(lines, DeterminationHeading(), approvalAt);
        var decisionAt = Find(lines, DecisionHeading(), determinationAt ?? approvalAt);
        var appendixAt = decisionAt is null ? null : Find(lines, AppendixHeading(), decisionAt.Value);

        // The header fields, before the summary.
        var head = lines.Take(summaryAt).ToList();
        var reference = Field(head, "OPCC Ref");
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new ImportRefusedException("there is no \"OPCC Ref:\" with a reference", head.LastOrDefault()?.Number ?? 1);
        }

        reference = reference.Split(' ', '\t')[0].Trim();
        if (reference.Length > DecisionReference.MaxLength || DecisionReference.ToSlug(reference).Length == 0)
        {
            throw new ImportRefusedException($"\"{reference}\" is not a reference", head.First(l => l.Text.Contains("OPCC Ref", StringComparison.OrdinalIgnoreCase)).Number);
        }

        var title = Field(head, "Title");
        if (string.IsNullOrWhiteSpace(title))
        {
            var titleLine = head.FindIndex(l => l.Text.TrimStart().StartsWith("Title:", StringComparison.OrdinalIgnoreCase));
            title = titleLine < 0 ? null : head.Skip(titleLine + 1).FirstOrDefault(l => !l.IsBlank)?.Text.Trim();
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ImportRefusedException("there is no title", head.LastOrDefault()?.Number ?? 1);
        }

        title = ImportText.Clean(title);
        if (title.Length > DecisionRecord.TitleMaxLength)
        {
            throw new ImportRefusedException($"the title is longer than {DecisionRecord.TitleMaxLength} characters");
        }

        var recordDate = ImportText.ParseDate(Field(head, "Date"));
        if (recordDate is null)
        {
            discrepancies.Add("Missing: the record's date could not be read");
        }

        var receivedText = Field(head, "Received in OPCC Date");
        var receivedDate = ImportText.ParseDate(receivedText);
        if (receivedDate is null)
        {
            discrepancies.Add("Missing: no \"Received in OPCC Date\"");
        }

        var officersText = Field(head, "Officers present");
        var officers = string.IsNullOrWhiteSpace(officersText)
            ? []
            : officersText.Split(',').Select(o => ImportText.Clean(o)).Where(o => o.Length > 0).Take(DecisionRecord.MaxOfficers)
                .Select(o => o.Length > DecisionRecord.OfficerNameMaxLength ? o[..DecisionRecord.OfficerNameMaxLength] : o).ToList();
        if (officers.Count == 0)
        {
            discrepancies.Add("Missing: no \"Officers present\"");
        }

        // The body: prose sections, with tables taken out of them.
        var documentYear = DocumentYear(text, recordDate);
        var tables = new List<FundingTableEdit>();
        var summaryEnd = recommendationsAt ?? discussionAt ?? approvalAt;
        var summary = Prose(lines, summaryAt + 1, summaryEnd, tables, documentYear, discrepancies);
        var recommendations = recommendationsAt is null ? "" : Prose(lines, recommendationsAt.Value + 1, discussionAt ?? approvalAt, tables, documentYear, discrepancies);
        var discussion = discussionAt is null ? "" : Prose(lines, discussionAt.Value + 1, approvalAt, tables, documentYear, discrepancies);
        if (appendixAt is not null)
        {
            Prose(lines, appendixAt.Value, lines.Count, tables, documentYear, discrepancies);
        }

        if (recommendationsAt is null)
        {
            discrepancies.Add("Missing: no \"Recommendations presented\" heading; the text is kept in the summary");
        }

        // The sign-off blocks.
        var adviceBlock = lines.Skip(approvalAt).Take((determinationAt ?? decisionAt ?? lines.Count) - approvalAt).ToList();
        var determinationBlock = determinationAt is null ? [] : lines.Skip(determinationAt.Value).Take((decisionAt ?? lines.Count) - determinationAt.Value).ToList();
        var decisionBlock = decisionAt is null ? [] : lines.Skip(decisionAt.Value).Take((appendixAt ?? lines.Count) - decisionAt.Value).ToList();
        var advice = NameAndDate(adviceBlock);
        var determination = NameAndDate(determinationBlock);
        var publishRecord = Answer(determinationBlock, "this record of decision");
        var publishReport = Answer(determinationBlock, "contents of the report");
        var publishDetails = Answer(determinationBlock, "details of the decision");
        var reasons = Reasons(determinationBlock);
        var (outcome, decision) = Decision(decisionBlock);

        if (advice?.Name is null)
        {
            discrepancies.Add("Missing: the Chief Executive or Chief Finance Officer's name");
        }

        if (determination?.Name is null)
        {
            discrepancies.Add("Missing: the Monitoring Officer's name");
        }

        foreach (var (answer, question) in new[] { (publishRecord, "publish this record of decision"), (publishReport, "publish the contents of the report"), (publishDetails, "publish details of the decision") })
        {
            if (answer is null)
            {
                discrepancies.Add($"Missing: the Monitoring Officer's answer to \"{question}\" is blank; taken as Yes because the record was published");
            }
        }

        if (outcome is null)
        {
            throw new ImportRefusedException("the Commissioner's decision (Supported or Not supported) is not given", decisionBlock.FirstOrDefault()?.Number ?? approvalAt + 1);
        }

        if (advice?.Date is { } adviceDate && determination?.Date is { } determinationDate && determinationDate < adviceDate)
        {
            discrepancies.Add($"Dates out of order: the Monitoring Officer signed on {UkTime.FormatDate(determinationDate)}, before the Chief Executive or Chief Finance Officer on {UkTime.FormatDate(adviceDate)}");
        }

        if (determination?.Date is { } mo && decision?.Date is { } pcc && pcc < mo)
        {
            discrepancies.Add($"Dates out of order: the Commissioner signed on {UkTime.FormatDate(pcc)}, before the Monitoring Officer on {UkTime.FormatDate(mo)}");
        }

        CheckStatedTotals(summary + "\n" + recommendations, tables, discrepancies);

        return new ParsedRecord(reference, title, recordDate, receivedDate, officers, summary, recommendations, discussion, tables,
            advice, publishRecord, publishReport, publishDetails, reasons, determination, outcome, decision, discrepancies);
    }

    private static int? Find(List<Line> lines, Regex heading, int from, int? before = null)
    {
        for (var i = from; i < (before ?? lines.Count); i++)
        {
            if (heading.IsMatch(lines[i].Text.Trim()))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The text after "Name:" where the label starts a line or follows a tab, up to the next tab.</summary>
    private static string? Field(List<Line> lines, string name)
    {
        foreach (var line in lines)
        {
            foreach (var segment in line.Text.Split('\t'))
            {
                var text = segment.Trim();
                if (text.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                {
                    return text[(name.Length + 1)..].Trim();
                }
            }
        }

        return null;
    }

    /// <summary>The financial year that single-amount tables without a year belong to: the one the text names most, from the record's own year on.</summary>
    private static string? DocumentYear(string text, DateOnly? recordDate)
    {
        var from = recordDate is { } date ? FinancialYear.Containing(date) : null;
        var years = ImportText.FinancialYears(text)
            .Where(y => from is null || string.CompareOrdinal(y, from) >= 0)
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        return years ?? from;
    }

    private static string Prose(List<Line> lines, int from, int to, List<FundingTableEdit> tables, string? documentYear, List<string> discrepancies)
    {
        var prose = new List<string>();
        var i = from;
        while (i < to)
        {
            if (!lines[i].IsTable)
            {
                prose.Add(lines[i].Text.Trim());
                i++;
                continue;
            }

            // A table runs on across blank lines (page breaks, split rows) until a line of prose.
            var block = new List<Line>();
            while (i < to && (lines[i].IsTable || lines[i].IsBlank))
            {
                block.Add(lines[i]);
                i++;
            }

            var caption = prose.LastOrDefault(p => p.Length > 0) is { } previous && Caption().IsMatch(previous) ? previous : null;
            if (caption is not null)
            {
                prose.RemoveAt(prose.FindLastIndex(p => p == caption));
            }

            var table = FundingTableReader.Read(block.Select(l => (l.Number, l.Text)).ToList(), caption ?? $"Table {tables.Count + 1}", documentYear, discrepancies);
            if (table is not null)
            {
                tables.Add(table);
            }
            else
            {
                prose.AddRange(block.Select(l => l.Text.Replace('\t', ' ').Trim()));
            }
        }

        var text = string.Join("\n", prose).Trim();
        text = Regex.Replace(text, @"\n{3,}", "\n\n");
        text = ImportText.Clean(text.Replace("\n\n", "\u0001", StringComparison.Ordinal).Replace("\n", "\u0002", StringComparison.Ordinal))
            .Replace("\u0001", "\n\n", StringComparison.Ordinal).Replace("\u0002", "\n", StringComparison.Ordinal);
        return text.Length > DecisionRecord.RichTextMaxLength ? text[..DecisionRecord.RichTextMaxLength] : text;
    }

    private static ParsedSignature? NameAndDate(List<Line> block)
    {
        for (var i = 0; i < block.Count; i++)
        {
            var match = NameLine().Match(block[i].Text.Trim());
            if (!match.Success)
            {
                continue;
            }

            var name = match.Groups["name"].Value.Trim();
            var date = ImportText.ParseDate(match.Groups["date"].Value);
            for (var j = i + 1; date is null && j < block.Count && j <= i + 4; j++)
            {
                var dateLine = DateLine().Match(block[j].Text.Trim());
                if (dateLine.Success)
                {
                    date = ImportText.ParseDate(dateLine.Groups["date"].Value);
                }
            }

            return new ParsedSignature(name.Length == 0 ? null : Truncate(name, Signature.NameMaxLength), date, block[i].Number);
        }

        return null;
    }

    private static bool? Answer(List<Line> block, string question)
    {
        var line = block.FirstOrDefault(l => l.Text.Contains(question, StringComparison.OrdinalIgnoreCase));
        if (line is null)
        {
            return null;
        }

        var answer = line.Text[(line.Text.LastIndexOf(':') + 1)..].Trim().TrimEnd('.').ToUpperInvariant();
        return answer switch
        {
            "YES" => true,
            "NO" => false,
            _ => null,
        };
    }

    private static string? Reasons(List<Line> block)
    {
        var index = block.FindIndex(l => l.Text.Contains("Reasons for any non", StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return null;
        }

        var text = block[index].Text;
        var value = text[(text.LastIndexOf(':') + 1)..].Trim();
        if (value.Length == 0)
        {
            value = block.Skip(index + 1).TakeWhile(l => !l.Text.TrimStart().StartsWith("Signature", StringComparison.OrdinalIgnoreCase))
                .FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? "";
        }

        return value.Length == 0 || value.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : Truncate(value, Determination.ReasonsMaxLength);
    }

    private static (DecisionOutcome? Outcome, ParsedSignature? Signature) Decision(List<Line> block)
    {
        if (block.Count == 0)
        {
            return (null, null);
        }

        var text = block[0].Text;
        var after = text[(text.LastIndexOf(':') + 1)..].Trim();
        if (after.Length == 0)
        {
            after = block.Skip(1).FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? "";
        }

        DecisionOutcome? outcome = after.StartsWith("Not supported", StringComparison.OrdinalIgnoreCase) ? DecisionOutcome.NotSupported
            : after.StartsWith("Supported", StringComparison.OrdinalIgnoreCase) ? DecisionOutcome.Supported
            : null;
        string? name = null;
        var nameLine = block[0].Number;
        DateOnly? date = null;
        foreach (var line in block.Skip(1))
        {
            var signature = SignatureLine().Match(line.Text.Trim());
            if (signature.Success && name is null)
            {
                var written = signature.Groups["name"].Value.Trim();
                name = written.Length == 0 ? null : Truncate(written, Signature.NameMaxLength);
                nameLine = line.Number;
            }

            var dateLine = DateLine().Match(line.Text.Trim());
            if (dateLine.Success && date is null)
            {
                date = ImportText.ParseDate(dateLine.Groups["date"].Value);
            }
        }

        return (outcome, new ParsedSignature(name, date, nameLine));
    }

    /// <summary>"totals £4,385,961" or "£525,000 in total" in the prose, checked against what the tables add up to.</summary>
    private static void CheckStatedTotals(string prose, List<FundingTableEdit> tables, List<string> discrepancies)
    {
        var computed = tables.SelectMany(t => t.FinancialYears.Select(y => t.Lines.Sum(l => l.Amounts.Where(a => a.Year == y).Sum(a => a.Pence))))
            .Concat(tables.Select(t => t.Lines.Sum(l => l.Amounts.Sum(a => a.Pence))))
            .Append(tables.Where(t => t.IncludeInTotal).Sum(t => t.Lines.Sum(l => l.Amounts.Sum(a => a.Pence))))
            .Where(p => p > 0)
            .ToList();
        if (computed.Count == 0)
        {
            return;
        }

        foreach (Match match in StatedTotal().Matches(prose))
        {
            var written = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
            if (!ImportText.TryParseAmount(written, out var stated, out _) || computed.Contains(stated))
            {
                continue;
            }

            var nearest = computed.OrderBy(c => Math.Abs(c - stated)).First();
            discrepancies.Add($"Stated total differs: the text says {Money.Format(stated)}; the nearest total of the funding tables is {Money.Format(nearest)}");
        }
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
