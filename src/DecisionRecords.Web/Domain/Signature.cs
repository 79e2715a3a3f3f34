namespace DecisionRecords.Web.Domain;

public enum SignOffStep
{
    Advice,
    Determination,
    Decision,
}

/// <summary>
/// A sign-off. Keeps the signer's name and job title as they were at signing, and a SHA-256 hash of the record's
/// content at that moment, so the record shows whether the signature still matches. Never deleted: a return voids it.
/// </summary>
public class Signature
{
    public const int NameMaxLength = 100;
    public const int JobTitleMaxLength = 150;
    public const int VoidReasonMaxLength = 2000;

    private Signature()
    {
    }

    public Signature(Guid id, Guid decisionRecordId, SignOffStep step, string? userId, string signerName, string signerJobTitle, DateTimeOffset signedAt, string? contentHash,
        bool isImported = false, bool nameInferred = false)
    {
        IsImported = isImported;
        NameInferred = nameInferred;
        Id = id;
        DecisionRecordId = decisionRecordId;
        Step = step;
        UserId = userId;
        SignerName = signerName;
        SignerJobTitle = signerJobTitle;
        SignedAt = signedAt;
        ContentHash = contentHash;
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    public SignOffStep Step { get; private set; }

    /// <summary>Null for a signature recorded on paper and imported.</summary>
    public string? UserId { get; private set; }

    public string SignerName { get; private set; } = "";

    public string SignerJobTitle { get; private set; } = "";

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>Hex SHA-256 of the record's canonical content when signed; null where no hash is claimed (paper).</summary>
    public string? ContentHash { get; private set; }

    /// <summary>Recorded on paper and brought in by the importer: name and date as written, no hash claim.</summary>
    public bool IsImported { get; private set; }

    /// <summary>The name was not written on the paper record; it comes from the office-holder history for the date.</summary>
    public bool NameInferred { get; private set; }

    public bool IsVoid { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidReason { get; private set; }

    /// <summary>A short code a reader can quote to check the signature against the record.</summary>
    public string VerificationCode => ContentHash is null ? "" : $"{ContentHash[..4]}-{ContentHash[4..8]}-{ContentHash[8..12]}".ToUpperInvariant();

    internal void Void(DateTimeOffset at, string reason)
    {
        IsVoid = true;
        VoidedAt = at;
        VoidReason = reason.Length > VoidReasonMaxLength ? reason[..VoidReasonMaxLength] : reason;
    }
}

public static class SignOffStepExtensions
{
    public static string DisplayName(this SignOffStep step) => step switch
    {
        SignOffStep.Advice => "Chief Executive or Chief Finance Officer",
        SignOffStep.Determination => "Monitoring Officer",
        SignOffStep.Decision => "Police and Crime Commissioner",
        _ => step.ToString(),
    };
}
