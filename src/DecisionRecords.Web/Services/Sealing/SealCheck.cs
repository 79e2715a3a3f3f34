namespace DecisionRecords.Web.Services.Sealing;

/// <summary>What a PDF's last signature says of the file: whether there is one, whether it still matches, and whose it is.</summary>
public sealed record SealCheck(bool Present, bool Intact, bool CoversWholeFile, string? CertificateThumbprint, string? Holder)
{
    public static readonly SealCheck None = new(false, false, false, null, null);

    /// <summary>False when the seal was not checked: it is not this register's, so no cryptography was spent on it.</summary>
    public bool Checked { get; init; } = true;

    /// <summary>How many bytes from the start of the file the seal covers: the file as it was sealed, before anything appended.</summary>
    public long? SignedLength { get; init; }

    /// <summary>The one answer that says a file is exactly as sealed: the seal matches, and covers every byte.</summary>
    public bool IntactOverWholeFile => Checked && Intact && CoversWholeFile;
}
