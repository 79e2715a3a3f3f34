using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// What the decision is worth, as the headline, the register, the open data and /funding show it, with how it was
/// arrived at. Worked out by <see cref="DecisionValue"/>.
/// </summary>
/// <param name="ValuePence">The headline figure; null when the record's tables cannot be read as a value.</param>
/// <param name="IsStated">The headline is the value the record states, not a sum of its tables.</param>
/// <param name="ItemisedPence">What the counted lines of the tables of money committed add to.</param>
/// <param name="Stated">The value of the decision as the record states it.</param>
/// <param name="StatedTotal">A total of the funding as the record's text states it.</param>
/// <param name="Basis">In plain words: which figures were added, and which were not and why.</param>
public sealed record PublishedValue(long? ValuePence, bool IsStated, long? ItemisedPence, StatedFigure? Stated, StatedFigure? StatedTotal, string Basis)
{
    /// <summary>The stated total, where it is not what the tables add to: shown beside the computed figure.</summary>
    public StatedFigure? StatedTotalDiffering => StatedTotal is { } s && (s.Pence != ItemisedPence || !Money.ReadsAs(s.Written, s.Pence ?? 0)) ? StatedTotal : null;
}
