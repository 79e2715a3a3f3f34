using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>
/// The answer /verify gives about one copy: which record and version it is (if any), what has become of that
/// version, and what its seal says. <see cref="Seal"/> is null when only a SHA-256 was given.
/// </summary>
public sealed record CopyVerification(
    string Sha256,
    CopyStatus Status,
    SealedCopy? Copy,
    PublishedVersion? Version,
    PublishedVersion? Latest,
    SealCheck? Seal,
    bool SealedByThisRegister)
{
    /// <summary>
    /// For a file changed after it was sealed (something appended after the seal): what the sealed part of it is, when
    /// that part is a copy the register issued.
    /// </summary>
    public CopyVerification? SealedPart { get; init; }

    /// <summary>The record's title may be shown only while the record is public.</summary>
    public bool IsPublic => Status is CopyStatus.Current or CopyStatus.Superseded;
}
