using System.Text.Json.Serialization;

namespace DecisionRecords.Web.Domain;

/// <summary>A total row of a table in the original ("Budget total £148,000,00"), kept as written beside the computed total.</summary>
/// <param name="Label">The row's label as written: "Total", "Victims Subtotal", "Grand Total".</param>
/// <param name="Group">The group a subtotal belongs to; null for the table's total.</param>
/// <param name="Pence">In pounds, whatever unit the column is written in; null where it cannot be read.</param>
/// <param name="Measure">The column's measure where its year has several; null otherwise.</param>
public sealed record StatedTableTotal(string Label, string? Group, string FinancialYear, string Written, long? Pence, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Measure = null)
{
    [JsonIgnore]
    public string Key => AmountColumnKey.Of(FinancialYear, Measure);
}
