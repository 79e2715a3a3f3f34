using DecisionRecords.Web.Infrastructure;

namespace DecisionRecords.Web.Services.Import;

/// <summary>The summary of an import, a row a document: what became of it, its reference, why it was refused, and every note.</summary>
public static class ImportSummary
{
    public sealed record Row(string File, string Result, string? Reference, string? Refusal, IReadOnlyList<string> Notes);

    public static Row From(ImportOutcome outcome) =>
        new(Path.GetFileName(outcome.Source), outcome.Result.ToString().ToLowerInvariant(), outcome.Reference, outcome.Refusal, outcome.Discrepancies);

    public static async Task WriteCsvAsync(TextWriter writer, IEnumerable<Row> rows)
    {
        await using var csv = OpenData.Csv(writer);
        await csv.WriteRecordAsync(["file", "result", "reference", "refusal", "notes", "what_the_notes_say"]);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync([row.File, row.Result, row.Reference ?? "", row.Refusal ?? "",
                row.Notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("\n", row.Notes)]);
        }
    }
}
