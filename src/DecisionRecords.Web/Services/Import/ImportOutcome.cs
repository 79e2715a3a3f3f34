namespace DecisionRecords.Web.Services.Import;

public sealed record ImportOutcome(string Source, ImportResult Result, string? Reference, string? Refusal, IReadOnlyList<string> Discrepancies)
{
    /// <summary>Whether the document reads as a decision record: imported, or ready to be.</summary>
    public bool Imported => Result is ImportResult.Imported or ImportResult.Ready;

    public string Line => Result switch
    {
        ImportResult.Imported or ImportResult.Ready =>
            $"{Source}: {(Result == ImportResult.Ready ? "ready to import" : "imported")} {Reference}{(Discrepancies.Count == 0 ? "" : $" with {Discrepancies.Count} {(Discrepancies.Count == 1 ? "discrepancy" : "discrepancies")}")}",
        ImportResult.Unchanged => $"{Source}: unchanged: {Reference} was imported from this same document before",
        _ => $"{Source}: refused: {Refusal}",
    };
}
