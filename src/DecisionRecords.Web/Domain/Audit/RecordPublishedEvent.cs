namespace DecisionRecords.Web.Domain.Audit;

/// <summary>
/// A version of the record was published; the content hash is of the published version. <paramref name="OnRelease"/>
/// is true when a decided record reached its day of publication, false for a new version of a published record.
/// </summary>
public sealed record RecordPublishedEvent(int Version, string? ChangeNote, bool OnRelease) : AuditPayload
{
    public override string Describe() =>
        $"Published version {Version}{(ChangeNote is null ? "" : $": {ChangeNote}")}";
}
