namespace DecisionRecords.Web.Domain;

/// <summary>The single row that holds the end of the audit chain; updating it first serialises writers.</summary>
public class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string? LastHash { get; set; }
}
