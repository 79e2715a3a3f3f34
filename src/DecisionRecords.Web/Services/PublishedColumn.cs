using System.Text.Json.Serialization;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="Measure">For an amount column of a year with several measures ("Net", "VAT"); null otherwise.</param>
/// <param name="Unit">The unit the original writes the column in ("£000s"); null for pounds.</param>
public sealed record PublishedColumn(
    bool IsAmount,
    string Heading,
    string? FinancialYear,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Measure = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null)
{
    /// <summary>The key of the column's amounts in each line: the year, with the measure where there is one.</summary>
    [JsonIgnore]
    public string? Key => FinancialYear is null ? null : AmountColumnKey.Of(FinancialYear, Measure);
}
