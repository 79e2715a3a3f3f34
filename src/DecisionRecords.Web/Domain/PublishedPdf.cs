namespace DecisionRecords.Web.Domain;

/// <summary>The public PDF of a published version, printed once and served as stored; never printed again silently.</summary>
public class PublishedPdf
{
    public Guid VersionId { get; init; }

    public byte[] Data { get; init; } = [];

    public string Sha256 { get; init; } = "";

    public long SizeBytes { get; init; }

    public DateTimeOffset RenderedAt { get; init; }
}
