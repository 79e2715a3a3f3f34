namespace DecisionRecords.Web.Domain.Audit;

/// <summary>
/// An imported record was read again from another archive document: a new public version, the earlier ones and their
/// sealed copies kept. The content hash is of the new published (or stub) version.
/// </summary>
public sealed record RecordReplacedFromArchiveEvent(
    string Reference, string FileName, string? PreviousSourceSha256, string SourceSha256, DecisionStatus Status, int? Version, string ChangeNote, IReadOnlyList<string> Notes) : AuditPayload
{
    public override string Describe() =>
        $"Replaced {Reference} from {FileName}, now {Status.DisplayName().ToLowerInvariant()}{(Version is null ? "" : $" as version {Version}")}: {ChangeNote}; {(Notes.Count == 0 ? "no notes" : $"{Notes.Count} notes")}";
}
