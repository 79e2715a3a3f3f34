namespace DecisionRecords.Web.Domain.Audit;

/// <summary>A record was brought in from the archive with its paper sign-offs.</summary>
public sealed record RecordImportedEvent(string Reference, string FileName, DecisionStatus Status, bool ReplacedEarlierImport, IReadOnlyList<string> Notes) : AuditPayload
{
    public override string Describe() =>
        $"Imported {Reference} from {FileName} as {Status.DisplayName().ToLowerInvariant()}{(ReplacedEarlierImport ? " (replacing the earlier import)" : "")}; {(Notes.Count == 0 ? "no notes" : $"{Notes.Count} notes")}";
}
