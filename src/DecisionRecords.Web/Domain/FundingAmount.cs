namespace DecisionRecords.Web.Domain;

public class FundingAmount
{
    public const int WrittenMaxLength = StatedFigure.WrittenMaxLength;

    private FundingAmount()
    {
    }

    internal FundingAmount(Guid fundingLineId, string financialYear, long amountPence, string? written)
    {
        FundingLineId = fundingLineId;
        FinancialYear = financialYear;
        AmountPence = amountPence;
        Written = written is { Length: > WrittenMaxLength } ? written[..WrittenMaxLength] : written;
    }

    public Guid FundingLineId { get; private set; }

    public string FinancialYear { get; private set; } = "";

    public long AmountPence { get; private set; }

    /// <summary>The amount as the original record writes it; null for an amount typed in this service.</summary>
    public string? Written { get; private set; }
}
