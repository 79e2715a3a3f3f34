using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="AmountsPence">In pounds, by column key (the year, with the measure where a year has several).</param>
/// <param name="AmountsWritten">For an imported line, or one typed in a unit other than pounds: each amount as written, by column key.</param>
public sealed record PublishedLine(
    string? Group,
    IReadOnlyList<string> Texts,
    IReadOnlyDictionary<string, long> AmountsPence,
    string? RedactedReason,
    IReadOnlyDictionary<string, string>? AmountsWritten = null)
{
    public static PublishedLine From(FundingLine line)
    {
        var written = line.Amounts.Where(a => a.Written is not null).ToDictionary(a => a.Key, a => a.Written!);
        return new PublishedLine(line.Group, line.Texts, line.Amounts.ToDictionary(a => a.Key, a => a.AmountPence), null, written.Count == 0 ? null : written);
    }

    public static PublishedLine Redacted(string reason) => new(null, [], new Dictionary<string, long>(), reason);

    /// <summary>The amount as the original writes it, where that is not simply the amount (a typo the importer read past).</summary>
    public string? WrittenDifferently(string key, string? unit = null) =>
        AmountsWritten?.GetValueOrDefault(key) is { } written && AmountsPence.TryGetValue(key, out var pence) && !AmountUnit.ReadsAs(written, pence, unit) ? written : null;
}
