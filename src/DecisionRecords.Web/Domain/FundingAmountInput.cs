using System.Text.Json.Serialization;

namespace DecisionRecords.Web.Domain;

/// <param name="Pence">In pounds, whatever unit the column is written in.</param>
/// <param name="Written">The amount as the original writes it, for an imported line, or as typed in a unit other than pounds; null otherwise.</param>
/// <param name="Measure">The column's measure where its year has several; null or blank otherwise.</param>
public sealed record FundingAmountInput(string Year, long Pence, string? Written = null, string? Measure = null)
{
    [JsonIgnore]
    public string Key => AmountColumnKey.Of(Year, Measure);

    public static implicit operator FundingAmountInput((string Year, long Pence) amount) => new(amount.Year, amount.Pence);
}
