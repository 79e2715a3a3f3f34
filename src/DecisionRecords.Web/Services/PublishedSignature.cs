using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>A signature as published. On paper: the name and date only where the record writes them, an inferred name marked with its rule.</summary>
public sealed record PublishedSignature(
    SignOffStep Step,
    string? Name,
    bool NameInferred,
    string? NameRule,
    string JobTitle,
    DateTimeOffset? SignedAt,
    DateOnly? DatedOn,
    string? ContentHash,
    SignatureConfirmation Confirmation)
{
    public bool RecordedOnPaper => Confirmation == SignatureConfirmation.Paper;

    public string VerificationCode => ContentHash is null ? "" : $"{ContentHash[..4]}-{ContentHash[4..8]}-{ContentHash[8..12]}".ToUpperInvariant();

    public static PublishedSignature From(Signature s) =>
        new(s.Step, s.SignerName, s.NameInferred, s.NameRule, s.SignerJobTitle, s.SignedAt, s.DatedOn, s.ContentHash, s.Confirmation);
}
