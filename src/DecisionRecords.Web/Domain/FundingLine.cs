namespace DecisionRecords.Web.Domain;

public class FundingLine
{
    public const int GroupMaxLength = 100;
    public const int TextMaxLength = 4000;
    public const int ExemptReasonMaxLength = 500;

    private FundingLine()
    {
    }

    internal FundingLine(Guid id, Guid fundingTableId, int position, string? group, List<string> texts)
    {
        Id = id;
        FundingTableId = fundingTableId;
        Position = position;
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        Texts = texts.Select(t => t.Trim()).ToList();
    }

    public Guid Id { get; private set; }

    public Guid FundingTableId { get; private set; }

    public int Position { get; private set; }

    public string? Group { get; private set; }

    /// <summary>Values of the table's text columns, in the same order as <see cref="FundingTable.TextColumns"/>.</summary>
    public List<string> Texts { get; private set; } = [];

    /// <summary>One row per non-blank cell: a blank cell has no row, which differs from £0.00.</summary>
    public List<FundingAmount> Amounts { get; private set; } = [];

    /// <summary>Set by the Monitoring Officer when this line is exempt from publication.</summary>
    public string? ExemptReason { get; internal set; }

    public string Text(int column) => column < Texts.Count ? Texts[column] : "";
}
