namespace DecisionRecords.Web.Domain;

/// <summary>
/// A sign-off. Keeps the signer's name and job title as they were at signing, and a SHA-256 hash of the record's
/// content at that moment, so the record shows whether the signature still matches. Never deleted: a return voids it.
/// A signature read from a paper record keeps only what the paper says: a name and a date where they are written.
/// </summary>
public class Signature
{
    public const int NameMaxLength = 100;
    public const int JobTitleMaxLength = 150;
    public const int VoidReasonMaxLength = 2000;
    public const int NameRuleMaxLength = 300;

    private Signature()
    {
    }

    private Signature(Guid id, Guid decisionRecordId, SignOffStep step, string? signerName, string signerJobTitle)
    {
        Id = id;
        DecisionRecordId = decisionRecordId;
        Step = step;
        SignerName = signerName is { Length: > NameMaxLength } ? signerName[..NameMaxLength] : signerName;
        SignerJobTitle = signerJobTitle;
    }

    /// <summary>Signed in this service by a signed-in user who confirmed it with a password or an authenticator code.</summary>
    public static Signature Electronic(Guid id, Guid decisionRecordId, SignOffStep step, string userId, string signerName, string signerJobTitle,
        DateTimeOffset signedAt, string contentHash, SignatureConfirmation confirmation)
    {
        if (confirmation == SignatureConfirmation.Paper)
        {
            throw new DomainException("A signature made in this service is confirmed with a password or an authenticator code.");
        }

        return new Signature(id, decisionRecordId, step, signerName, signerJobTitle)
        {
            UserId = userId,
            SignedAt = signedAt,
            ContentHash = contentHash,
            Confirmation = confirmation,
        };
    }

    /// <summary>Signed on paper, as the archived record shows it: the name and date only where they are written.</summary>
    /// <param name="inferredName">A name the record does not write, taken from elsewhere, with <paramref name="nameRule"/> saying how.</param>
    public static Signature Paper(Guid id, Guid decisionRecordId, SignOffStep step, string? writtenName, DateOnly? datedOn, string signerJobTitle,
        string? inferredName = null, string? nameRule = null)
    {
        var inferred = writtenName is null && inferredName is not null;
        return new Signature(id, decisionRecordId, step, writtenName ?? inferredName, signerJobTitle)
        {
            DatedOn = datedOn,
            Confirmation = SignatureConfirmation.Paper,
            NameInferred = inferred,
            NameRule = inferred && nameRule is not null ? (nameRule.Length > NameRuleMaxLength ? nameRule[..NameRuleMaxLength] : nameRule) : null,
        };
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    public SignOffStep Step { get; private set; }

    /// <summary>Null for a signature recorded on paper and imported.</summary>
    public string? UserId { get; private set; }

    /// <summary>Null where a paper record writes no name and none could be inferred.</summary>
    public string? SignerName { get; private set; }

    public string SignerJobTitle { get; private set; } = "";

    /// <summary>When it was signed in this service; null for a paper signature.</summary>
    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>The date written beside a paper signature; null when none is written.</summary>
    public DateOnly? DatedOn { get; private set; }

    /// <summary>Hex SHA-256 of the record's canonical content when signed; null where no hash is claimed (paper).</summary>
    public string? ContentHash { get; private set; }

    public SignatureConfirmation Confirmation { get; private set; }

    /// <summary>Recorded on paper and brought in by the importer: name and date as written, no hash claim.</summary>
    public bool IsImported => Confirmation == SignatureConfirmation.Paper;

    /// <summary>The name was not written on the paper record; it was inferred by <see cref="NameRule"/>.</summary>
    public bool NameInferred { get; private set; }

    public string? NameRule { get; private set; }

    public bool IsVoid { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidReason { get; private set; }

    /// <summary>The day of signing in London: the written date on paper, the signing time otherwise.</summary>
    public DateOnly? Date => SignedAt is { } at ? DateOnly.FromDateTime(Services.UkTime.ToLondon(at).DateTime) : DatedOn;

    /// <summary>A short code a reader can quote to check the signature against the record.</summary>
    public string VerificationCode => ContentHash is null ? "" : $"{ContentHash[..4]}-{ContentHash[4..8]}-{ContentHash[8..12]}".ToUpperInvariant();

    internal void Void(DateTimeOffset at, string reason)
    {
        IsVoid = true;
        VoidedAt = at;
        VoidReason = reason.Length > VoidReasonMaxLength ? reason[..VoidReasonMaxLength] : reason;
    }
}
