namespace DecisionRecords.Web.Domain;

public class FundingAmount
{
    public const int WrittenMaxLength = StatedFigure.WrittenMaxLength;

    private FundingAmount()
    {
    }

    internal FundingAmount(Guid fundingLineId, string financialYear, string measure, long amountPence, string? written)
    {
        FundingLineId = fundingLineId;
        FinancialYear = financialYear;
        Measure = measure;
        AmountPence = amountPence;
        Written = written is { Length: > WrittenMaxLength } ? written[..WrittenMaxLength] : written;
    }

    public Guid FundingLineId { get; private set; }

    public string FinancialYear { get; private set; } = "";

    /// <summary>The column's measure where its year has several ("Net"); blank otherwise.</summary>
    public string Measure { get; private set; } = "";

    /// <summary>The key of the amount's column: see <see cref="AmountColumnKey"/>.</summary>
    public string Key => AmountColumnKey.Of(FinancialYear, Measure);

    /// <summary>In pounds, whatever unit the column is written in.</summary>
    public long AmountPence { get; private set; }

    /// <summary>The amount as the original record writes it; null for an amount typed in this service.</summary>
    public string? Written { get; private set; }
}
