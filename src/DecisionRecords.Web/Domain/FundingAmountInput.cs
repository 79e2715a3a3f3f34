namespace DecisionRecords.Web.Domain;

/// <param name="Written">The amount as the original writes it, for an imported line; null when typed here.</param>
public sealed record FundingAmountInput(string Year, long Pence, string? Written = null)
{
    public static implicit operator FundingAmountInput((string Year, long Pence) amount) => new(amount.Year, amount.Pence);
}
