namespace DecisionRecords.Web.Domain;

/// <summary>
/// The public PDF of a published version, printed and sealed once and served as stored. It changes only when the
/// office reseals its PDFs after a certificate is withdrawn; each copy ever issued is kept as a <see cref="SealedCopy"/>.
/// </summary>
public class PublishedPdf
{
    private PublishedPdf()
    {
    }

    public Guid VersionId { get; private set; }

    public byte[] Data { get; private set; } = [];

    public string Sha256 { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public DateTimeOffset RenderedAt { get; private set; }

    public static PublishedPdf Store(Guid versionId, byte[] data, DateTimeOffset at)
    {
        var pdf = new PublishedPdf { VersionId = versionId };
        pdf.Set(data, at);
        return pdf;
    }

    /// <summary>The same version, sealed again: the copy it replaces stays on record as a sealed copy that was replaced.</summary>
    public void Replace(byte[] data, DateTimeOffset at) => Set(data, at);

    public static string HashOf(byte[] data) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data));

    private void Set(byte[] data, DateTimeOffset at)
    {
        Data = data;
        Sha256 = HashOf(data);
        SizeBytes = data.LongLength;
        RenderedAt = at;
    }
}
