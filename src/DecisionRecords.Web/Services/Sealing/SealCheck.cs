namespace DecisionRecords.Web.Services.Sealing;

/// <summary>What a PDF's last signature says of the file: whether there is one, whether it still matches, and whose it is.</summary>
public sealed record SealCheck(bool Present, bool Intact, bool CoversWholeFile, string? CertificateThumbprint, string? Holder)
{
    public static readonly SealCheck None = new(false, false, false, null, null);
}
