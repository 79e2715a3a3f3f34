namespace DecisionRecords.Web.Domain;

/// <summary>
/// A sealed PDF the register has issued for a published version, known by its SHA-256, so that anyone holding a copy
/// can learn what it is. A copy whose seal was replaced (a new certificate after a compromise) stays on record.
/// </summary>
public class SealedCopy
{
    public const int HolderMaxLength = 400;
    public const int ReasonMaxLength = 1000;

    private SealedCopy()
    {
    }

    public SealedCopy(Guid id, Guid versionId, string sha256, string certificateThumbprint, string certificateHolder, DateTimeOffset certificateNotAfter, DateTimeOffset sealedAt)
    {
        Id = id;
        VersionId = versionId;
        Sha256 = sha256;
        CertificateThumbprint = certificateThumbprint;
        CertificateHolder = certificateHolder.Length > HolderMaxLength ? certificateHolder[..HolderMaxLength] : certificateHolder;
        CertificateNotAfter = certificateNotAfter;
        SealedAt = sealedAt;
    }

    public Guid Id { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>SHA-256 of the whole file, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>SHA-256 of the sealing certificate, lower-case hex.</summary>
    public string CertificateThumbprint { get; private set; } = "";

    public string CertificateHolder { get; private set; } = "";

    public DateTimeOffset CertificateNotAfter { get; private set; }

    public DateTimeOffset SealedAt { get; private set; }

    public DateTimeOffset? ReplacedAt { get; private set; }

    public string? ReplacedBecause { get; private set; }

    public bool IsReplaced => ReplacedAt is not null;

    public void MarkReplaced(DateTimeOffset at, string reason)
    {
        if (ReplacedAt is not null)
        {
            throw new DomainException("This sealed copy has already been replaced.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ReasonMaxLength)
        {
            throw new DomainException($"Say in at most {ReasonMaxLength} characters why the copy is sealed again.");
        }

        ReplacedAt = at;
        ReplacedBecause = reason.Trim();
    }
}
