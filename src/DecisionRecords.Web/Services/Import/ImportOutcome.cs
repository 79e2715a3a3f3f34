namespace DecisionRecords.Web.Services.Import;

public sealed record ImportOutcome(string Source, bool Imported, string? Reference, string? Refusal, IReadOnlyList<string> Discrepancies)
{
    public string Line => Imported
        ? $"{Source}: imported {Reference}{(Discrepancies.Count == 0 ? "" : $" with {Discrepancies.Count} discrepancies")}"
        : $"{Source}: refused: {Refusal}";
}
