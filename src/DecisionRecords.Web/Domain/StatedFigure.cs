namespace DecisionRecords.Web.Domain;

/// <summary>
/// A sum of money as the record writes it ("£148,000,00"), what it was read as (null when it could not be read), and
/// where it was written: kept beside the figures the register works out, never replaced by them.
/// </summary>
public sealed record StatedFigure(string Written, long? Pence, string? Where)
{
    public const int WrittenMaxLength = 100;
    public const int WhereMaxLength = 1000;
}
