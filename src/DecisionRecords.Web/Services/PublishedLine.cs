using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="AmountsWritten">For an imported line: each amount as the original writes it, by year.</param>
public sealed record PublishedLine(
    string? Group,
    IReadOnlyList<string> Texts,
    IReadOnlyDictionary<string, long> AmountsPence,
    string? RedactedReason,
    IReadOnlyDictionary<string, string>? AmountsWritten = null)
{
    public static PublishedLine From(FundingLine line)
    {
        var written = line.Amounts.Where(a => a.Written is not null).ToDictionary(a => a.FinancialYear, a => a.Written!);
        return new PublishedLine(line.Group, line.Texts, line.Amounts.ToDictionary(a => a.FinancialYear, a => a.AmountPence), null, written.Count == 0 ? null : written);
    }

    public static PublishedLine Redacted(string reason) => new(null, [], new Dictionary<string, long>(), reason);

    /// <summary>The amount as the original writes it, where that is not simply the amount (a typo the importer read past).</summary>
    public string? WrittenDifferently(string year) =>
        AmountsWritten?.GetValueOrDefault(year) is { } written && AmountsPence.TryGetValue(year, out var pence) && !Money.ReadsAs(written, pence) ? written : null;
}
