using System.Text.RegularExpressions;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Reads a decision record in the layout of the OPCC's published documents, as plain text (tables as tab-separated
/// rows, bold as **). Keeps what the record says as it says it: sections as Markdown with their formatting, each
/// table where it stands, totals and amounts as written, blank answers blank. Refuses anything that is not a decision
/// record; notes every discrepancy in the record and everything it had to infer.
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

    [GeneratedRegex(@"^Name:\s*(?<name>.*?)\s*(?:Date:\s*(?<date>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^Date:\s*(?<date>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^Signature\b:?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^\s*[•➤▪●◦‣]\s*")]
    private static partial Regex BulletCharacter();

    private sealed record Line(int Number, string Raw)
    {
        /// <summary>The line without emphasis marks or HTML, for finding headings and fields.</summary>
        public string Text { get; } = ImportText.Plain(Raw);

        public bool IsTable => Raw.Contains('\t', StringComparison.Ordinal) && Raw.Split('\t').Any(c => c.Trim().Length > 0);

        public bool IsBlank => Text.Length == 0;
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
            .Select((l, i) => new Line(i + 1, l.TrimEnd(' ')))
            .ToList();
        var notes = new List<ParsedNote>();

        if (!lines.Take(40).Any(l => l.Text.Contains("DECISION RECORD", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ImportRefusedException("this is not a decision record: it has no \"DECISION RECORD\" heading");
        }

        var summaryHeading = Find(lines, SummaryHeading(), 0);
        var signOffAt = Find(lines, ApprovalHeading(), summaryHeading ?? 0) ?? Find(lines, DeterminationHeading(), summaryHeading ?? 0) ?? Find(lines, DecisionHeading(), summaryHeading ?? 0)
            ?? throw new ImportRefusedException("there is no sign-off: no \"OFFICE OF PCC APPROVAL\", no determination and no decision", lines.Count);
        var approvalAt = signOffAt;

        // Without a "Summary of Issue" heading, the summary is the text between the header fields and the next heading.
        var summaryAt = summaryHeading ?? HeaderEnd(lines, approvalAt) - 1;
        if (summaryHeading is null)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, "The original has no “Summary of Issue” heading; the text after its header fields is kept as the summary of issue.", lines[summaryAt + 1 < lines.Count ? summaryAt + 1 : summaryAt].Number));
        }

        var recommendationsAt = Find(lines, RecommendationsHeading(), summaryAt, approvalAt);
        var discussionAt = Find(lines, DiscussionHeading(), summaryAt, approvalAt);
        var determinationAt = Find(lines, DeterminationHeading(), approvalAt);
        var decisionAt = Find(lines, DecisionHeading(), determinationAt ?? approvalAt);
        var appendixAt = decisionAt is null ? null : Find(lines, AppendixHeading(), decisionAt.Value);

        // The header fields, before the summary.
        var head = lines.Take(summaryHeading ?? summaryAt + 1).ToList();
        var reference = Field(head, "OPCC Ref");
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new ImportRefusedException("there is no \"OPCC Ref:\" with a reference", head.LastOrDefault()?.Number ?? 1);
        }

        // What follows the reference on its line ("(Revised)", "Variation") is kept as written beside it.
        var afterReference = reference.Trim();
        reference = afterReference.Split(' ', '\t')[0].Trim();
        var marker = afterReference[reference.Length..].Trim().Trim('*').Trim();
        var referenceMarker = marker.Length is > 0 and <= DecisionRecord.ReferenceMarkerMaxLength && marker.Any(char.IsLetter) ? marker : null;
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

        var dateText = Field(head, "Date");
        var recordDate = ImportText.ParseDate(dateText);
        if (recordDate is null)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, string.IsNullOrWhiteSpace(dateText)
                ? "The original gives no date for the record."
                : $"The record's date is written as “{dateText}”, which is not a date that can be read.", LineOf(head, "Date:")));
        }

        var receivedText = Field(head, "Received in OPCC Date");
        var receivedDate = ImportText.ParseDate(receivedText);
        if (receivedDate is null)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, string.IsNullOrWhiteSpace(receivedText)
                ? "The original gives no “Received in OPCC Date”."
                : $"The “Received in OPCC Date” is written as “{receivedText}”, which is not a date that can be read.", LineOf(head, "Received in OPCC")));
        }

        var officersText = Field(head, "Officers present");
        var officers = string.IsNullOrWhiteSpace(officersText)
            ? []
            : officersText.Split(',').Select(o => ImportText.Clean(o)).Where(o => o.Length > 0).Take(DecisionRecord.MaxOfficers)
                .Select(o => o.Length > DecisionRecord.OfficerNameMaxLength ? o[..DecisionRecord.OfficerNameMaxLength] : o).ToList();
        if (officers.Count == 0)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, "The original names no officers present.", LineOf(head, "Officers present")));
        }

        // The body: prose sections as Markdown, with each table taken out where it stands.
        var documentYear = DocumentYear(text, recordDate);
        var tables = new List<FundingTableEdit>();
        var summaryEnd = recommendationsAt ?? discussionAt ?? approvalAt;
        var summary = Prose(lines, summaryAt + 1, summaryEnd, TablePlacement.SummaryOfIssue, tables, documentYear, notes);
        var recommendations = recommendationsAt is null ? "" : Prose(lines, recommendationsAt.Value + 1, discussionAt ?? approvalAt, TablePlacement.Recommendations, tables, documentYear, notes);
        var discussion = discussionAt is null ? "" : Prose(lines, discussionAt.Value + 1, approvalAt, TablePlacement.KeyDiscussionPoints, tables, documentYear, notes);
        if (appendixAt is not null)
        {
            var leftOver = Prose(lines, appendixAt.Value, lines.Count, TablePlacement.Appendix, tables, documentYear, notes);
            if (leftOver.Length > 0)
            {
                notes.Add(new ParsedNote(NoteKind.NotUnderstood, $"Text after the decision that is not part of a table, kept as written: {RichText.ToPlainText(leftOver)}", lines[appendixAt.Value].Number));
            }
        }

        if (recommendationsAt is null)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, "The original has no “Recommendations presented” heading; its text is kept in the summary of issue.", null));
        }

        // The sign-off blocks, read from the plain text.
        var adviceBlock = lines.Skip(approvalAt).Take((determinationAt ?? decisionAt ?? lines.Count) - approvalAt).ToList();
        var determinationBlock = determinationAt is null ? [] : lines.Skip(determinationAt.Value).Take((decisionAt ?? lines.Count) - determinationAt.Value).ToList();
        var decisionBlock = decisionAt is null ? [] : lines.Skip(decisionAt.Value).Take((appendixAt ?? lines.Count) - decisionAt.Value).ToList();
        var advice = NameAndDate(adviceBlock);
        var determination = NameAndDate(determinationBlock);
        var publishRecord = Answer(determinationBlock, "this record of decision");
        var publishReport = Answer(determinationBlock, "contents of the report");
        var publishDetails = Answer(determinationBlock, "details of the decision");
        var reasons = Reasons(determinationBlock);
        var (outcome, decision, decisionComments) = Decision(decisionBlock);

        if (outcome is null)
        {
            throw new ImportRefusedException("the Commissioner's decision (Supported or Not supported) is not given", decisionBlock.FirstOrDefault()?.Number ?? lines[approvalAt].Number);
        }

        if (advice?.Name is null)
        {
            notes.Add(new ParsedNote(NoteKind.NameNotWritten, "The Chief Executive or Chief Finance Officer's name is not written on the original.", advice?.Line, NoteAnchors.Signature(SignOffStep.Advice)));
        }

        if (determination?.Name is null)
        {
            notes.Add(new ParsedNote(NoteKind.NameNotWritten, "The Monitoring Officer's name is not written on the original.", determination?.Line, NoteAnchors.Signature(SignOffStep.Determination)));
        }

        foreach (var (answer, question, key, what) in new[]
        {
            (publishRecord, "publish this record of decision", "record", "the office published the record, so this register publishes it too"),
            (publishReport, "publish the contents of the report", "report", "the office published the record with its report, so this register publishes the report too"),
            (publishDetails, "publish details of the decision", "details", "the office published the record with the details of the decision, so this register publishes them too"),
        })
        {
            if (answer is null)
            {
                notes.Add(new ParsedNote(NoteKind.AnswerNotRecorded, $"The Monitoring Officer's answer to “{question}” is blank on the original; {what}.",
                    determinationBlock.FirstOrDefault(l => l.Text.Contains(question[8..], StringComparison.OrdinalIgnoreCase))?.Number, NoteAnchors.Answer(key)));
            }
        }

        var allYes = publishRecord == true && publishReport == true && publishDetails == true;
        if (reasons is null && !allYes)
        {
            notes.Add(new ParsedNote(NoteKind.AnswerNotRecorded, "The reasons for any non-publication are blank on the original.",
                determinationBlock.FirstOrDefault(l => l.Text.Contains("Reasons for any non", StringComparison.OrdinalIgnoreCase))?.Number, NoteAnchors.Answer("reasons")));
        }

        if (decision?.Date is null)
        {
            notes.Add(new ParsedNote(NoteKind.Missing, "The Commissioner's signature is not dated on the original, so the date of the decision is not known.", decision?.Line, NoteAnchors.Signature(SignOffStep.Decision)));
        }

        OutOfOrder(notes, advice, SignOffStep.Advice, determination, SignOffStep.Determination);
        OutOfOrder(notes, determination, SignOffStep.Determination, decision, SignOffStep.Decision);

        var (statedValue, statedTotal) = StatedFigures.Read(summary, recommendations, tables, notes);
        TableRoles.Infer(tables, summary + "\n\n" + recommendations + "\n\n" + discussion, statedTotal, recordDate, notes);
        CompareStatedTotal(statedTotal?.Figure, tables, notes);

        var relations = Relations(reference, string.Join("\n\n", title, summary, recommendations, discussion), notes);
        return new ParsedRecord(reference, title, recordDate, receivedDate, officers, summary, recommendations, discussion,
            tables, advice, publishRecord, publishReport, publishDetails, reasons, determination, outcome, decision,
            statedValue, statedTotal?.Figure, notes, decisionComments)
        {
            ReferenceMarker = referenceMarker,
            Relations = relations,
        };
    }

    [GeneratedRegex(@"\b(?<verb>replaces|replacing|supersedes|superseding|varies|varying|a variation (?:of|to)|amends|amending|an amendment (?:of|to)|revokes|revoking|rescinds|rescinding)\b(?<between>[^.\n]{0,80}?)\b(?<ref>[A-Z]{2,6}\s?\d{2,6}\s?[-/]\s?\d{2,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelationSentence();

    /// <summary>The earlier records the text says this one replaces, varies, amends or revokes, each with its sentence.</summary>
    private static List<RecordRelation> Relations(string reference, string markdown, List<ParsedNote> notes)
    {
        var relations = new List<RecordRelation>();
        var text = RichText.ToPlainText(markdown);
        foreach (Match match in RelationSentence().Matches(text))
        {
            var other = Regex.Replace(match.Groups["ref"].Value, @"\s", "");
            if (DecisionReference.ToSlug(other) == DecisionReference.ToSlug(reference) || other.Length > DecisionReference.MaxLength
                || relations.Count >= RecordRelation.MaxRelations)
            {
                continue;
            }

            var verb = match.Groups["verb"].Value.ToLowerInvariant();
            var kind = verb.StartsWith("var", StringComparison.Ordinal) || verb.Contains("variation", StringComparison.Ordinal) ? RelationKind.Varies
                : verb.StartsWith("amend", StringComparison.Ordinal) || verb.Contains("amendment", StringComparison.Ordinal) ? RelationKind.Amends
                : verb.StartsWith("revok", StringComparison.Ordinal) || verb.StartsWith("rescind", StringComparison.Ordinal) ? RelationKind.Revokes
                : RelationKind.Replaces;
            var start = Math.Max(0, text.LastIndexOfAny(['.', '\n'], match.Index) + 1);
            var end = text.IndexOfAny(['.', '\n'], match.Index + match.Length);
            var sentence = text[start..(end < 0 ? text.Length : end + (end < text.Length && text[end] == '.' ? 1 : 0))].Trim();
            if (relations.Any(r => r.Kind == kind && DecisionReference.ToSlug(r.Reference) == DecisionReference.ToSlug(other)))
            {
                continue;
            }

            relations.Add(new RecordRelation(kind, other, sentence.Length > RecordRelation.WrittenMaxLength ? sentence[..RecordRelation.WrittenMaxLength] : sentence));
            notes.Add(new ParsedNote(NoteKind.Inference, $"The record is taken to {kind.Infinitive()} {other}, as its text says: “{sentence.TrimEnd('.')}”.", null));
        }

        return relations;
    }

    /// <summary>A total the text states, beside what the funding it describes adds to.</summary>
    private static void CompareStatedTotal(StatedFigure? stated, IReadOnlyList<FundingTableEdit> tables, List<ParsedNote> notes)
    {
        if (stated is null || TableRoles.Itemised(tables) is not { } itemised)
        {
            return;
        }

        if (stated.Pence != itemised)
        {
            notes.Add(new ParsedNote(NoteKind.Arithmetic,
                $"The record's text states a total of {stated.Written} ({stated.Where}); the funding it sets out adds to {Money.Format(itemised)}.", null, NoteAnchors.Value));
        }
        else if (!Money.ReadsAs(stated.Written, itemised))
        {
            notes.Add(new ParsedNote(NoteKind.AmountAsWritten,
                $"The record's text writes the total as “{stated.Written}” ({stated.Where}); it is read as {Money.Format(itemised)}, which is what the funding it sets out adds to.", null, NoteAnchors.Value));
        }
    }

    private static void OutOfOrder(List<ParsedNote> notes, ParsedSignature? earlier, SignOffStep earlierStep, ParsedSignature? later, SignOffStep laterStep)
    {
        if (earlier?.Date is { } first && later?.Date is { } second && second < first)
        {
            notes.Add(new ParsedNote(NoteKind.DatesOutOfOrder,
                $"The {laterStep.DisplayName()}'s signature is dated {UkTime.FormatDate(second)}, before the {earlierStep.DisplayName()}'s ({UkTime.FormatDate(first)}), which comes first in the sequence.",
                later.Line, NoteAnchors.Signature(laterStep)));
        }
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

    [GeneratedRegex(@"^(Date|Officers present|Received in OPCC Date|OPCC Ref|Title)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    /// <summary>The index of the first line after the header fields (a title on the line after "Title:" included).</summary>
    private static int HeaderEnd(List<Line> lines, int before)
    {
        var last = -1;
        for (var i = 0; i < Math.Min(before, 60); i++)
        {
            if (lines[i].Text.Split('\t').Any(segment => HeaderField().IsMatch(segment.Trim())))
            {
                last = i;
            }
        }

        if (last >= 0 && lines[last].Text.Trim().Equals("Title:", StringComparison.OrdinalIgnoreCase))
        {
            last = lines.FindIndex(last + 1, l => !l.IsBlank) is var title and >= 0 && title < before ? title : last;
        }

        return Math.Max(1, last + 1);
    }

    private static int? LineOf(List<Line> lines, string label) =>
        lines.FirstOrDefault(l => l.Text.Contains(label, StringComparison.OrdinalIgnoreCase))?.Number;

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

    /// <summary>
    /// A section's text as Markdown, keeping bold, italics, paragraphs and lists; each table found in it is added to
    /// <paramref name="tables"/> with its place: how many blocks of text come before it.
    /// </summary>
    private static string Prose(List<Line> lines, int from, int to, TablePlacement placement, List<FundingTableEdit> tables, string? documentYear, List<ParsedNote> notes)
    {
        var prose = new List<Line>();
        var i = from;
        while (i < to)
        {
            if (!lines[i].IsTable)
            {
                prose.Add(lines[i]);
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

            var captionLine = prose.LastOrDefault(p => !p.IsBlank) is { } previous && Caption().IsMatch(previous.Text.Trim()) ? previous : null;
            if (captionLine is not null)
            {
                prose.Remove(captionLine);
            }

            var caption = captionLine?.Text.Trim() ?? "";
            var table = FundingTableReader.Read(block.Select(l => (l.Number, l.Raw)).ToList(), caption, tables.Count, documentYear, notes);
            if (table is not null)
            {
                tables.Add(table with { Placement = placement, AfterBlock = RichText.CountBlocks(Markdown(prose)) });
            }
            else
            {
                prose.AddRange(block.Select(l => l with { Raw = l.Raw.Replace('\t', ' ') }));
            }
        }

        var text = Markdown(prose);
        return text.Length > DecisionRecord.RichTextMaxLength ? text[..DecisionRecord.RichTextMaxLength] : text;
    }

    /// <summary>Lines of the original as Markdown: emphasis kept, HTML read into Markdown, bullet characters made list items.</summary>
    private static string Markdown(List<Line> lines)
    {
        var text = string.Join("\n", lines.Select(l =>
        {
            var raw = HtmlToMarkdown.LooksLikeHtml(l.Raw) ? HtmlToMarkdown.Convert(l.Raw) : System.Net.WebUtility.HtmlDecode(l.Raw);
            return BulletCharacter().Replace(raw.Trim(), "- ");
        })).Trim();
        return Regex.Replace(text, @"\n{3,}", "\n\n");
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

    /// <summary>Yes or No after the question, on its line or the next one; null when the answer is blank.</summary>
    private static bool? Answer(List<Line> block, string question)
    {
        var index = block.FindIndex(l => l.Text.Contains(question, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return null;
        }

        var text = block[index].Text;
        var answer = text[(text.LastIndexOf(':') + 1)..].Trim();
        if (answer.Length == 0)
        {
            answer = block.Skip(index + 1).FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? "";
        }

        return answer.TrimEnd('.').ToUpperInvariant() switch
        {
            "YES" => true,
            "NO" => false,
            _ => null,
        };
    }

    /// <summary>The reasons as written ("None" included); null when the line is blank.</summary>
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
            value = block.Skip(index + 1).TakeWhile(l => !l.Text.TrimStart().StartsWith("Signature", StringComparison.OrdinalIgnoreCase) && !NameLine().IsMatch(l.Text.Trim()))
                .FirstOrDefault(l => !l.IsBlank)?.Text.Trim() ?? "";
        }

        return value.Length == 0 ? null : Truncate(value, Determination.ReasonsMaxLength);
    }

    [GeneratedRegex(@"^\W*(not\s+supported|supported|rejected|not\s+approved|approved)\b[\s.,:;\u2013\u2014-]*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex OutcomeAndWords();

    /// <summary>
    /// The decision, its signature, and the Commissioner's own words written with it (a reason, a condition, a request):
    /// whatever follows "Supported" or "Not supported", on its line or below it, before the signature.
    /// </summary>
    private static (DecisionOutcome? Outcome, ParsedSignature? Signature, string? Comments) Decision(List<Line> block)
    {
        if (block.Count == 0)
        {
            return (null, null, null);
        }

        var text = block[0].Text;
        var after = text[(text.LastIndexOf(':') + 1)..].Trim();
        var outcomeAt = 0;
        if (after.Length == 0)
        {
            outcomeAt = block.FindIndex(1, l => !l.IsBlank);
            after = outcomeAt < 0 ? "" : block[outcomeAt].Text.Trim();
        }

        var outcome = ImportText.ParseOutcome(after);
        var words = new List<string>();
        if (outcome is not null && outcomeAt >= 0)
        {
            if (OutcomeAndWords().Match(ImportText.Clean(after)) is { Success: true } written && written.Groups["rest"].Value.Trim() is { Length: > 0 } rest)
            {
                words.Add(rest);
            }

            foreach (var line in block.Skip(outcomeAt + 1))
            {
                var trimmed = line.Text.Trim();
                if (SignatureLine().IsMatch(trimmed) || NameLine().IsMatch(trimmed) || DateLine().IsMatch(trimmed))
                {
                    break;
                }

                words.Add(line.IsBlank ? "" : ImportText.Clean(line.Text));
            }
        }

        var comments = Regex.Replace(string.Join("\n", words).Trim(), @"\n{3,}", "\n\n");
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

        return (outcome, new ParsedSignature(name, date, nameLine), comments.Length == 0 ? null : Truncate(comments, DecisionRecord.RichTextMaxLength));
    }

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
