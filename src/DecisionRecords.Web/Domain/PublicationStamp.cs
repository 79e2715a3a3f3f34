namespace DecisionRecords.Web.Domain;

/// <summary>Changes whenever anything public changes, in any process; public caches key on it.</summary>
public class PublicationStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
