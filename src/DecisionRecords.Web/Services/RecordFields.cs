using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The details at the top of a record, labelled as the officers' pages show them and as the audit log records their changes.</summary>
public static class RecordFields
{
    public static IReadOnlyList<(string Label, string Value)> Of(DecisionRecord record) =>
    [
        ("Title", record.Title),
        ("Date", UkTime.FormatDate(record.RecordDate)),
        ("Received in OPCC date", UkTime.FormatDate(record.ReceivedDate)),
        ("Officers present", string.Join(", ", record.OfficersPresent)),
        ("Category", record.Category ?? ""),
        ("Value as the record states it", record.StatedValue?.Written ?? ""),
        ("Earlier records", Relations(record.Relations)),
    ];

    /// <summary>The record's own answers on key decision and notice, as the audit log records their changes.</summary>
    public static IReadOnlyList<(string Label, string Value)> NoticeOf(DecisionRecord record) =>
    [
        ("Key decision", record.KeyDecision switch { true => "Yes", false => "No", null => "" }),
        ("Taken without 28 clear days' notice", record.NoticeException?.DisplayName() ?? ""),
        ("Reason for the exception or urgency", record.NoticeReason ?? ""),
    ];

    /// <summary>"Replaces EXE0019-23; varies EXE0004-22".</summary>
    public static string Relations(IEnumerable<RecordRelation> relations) =>
        string.Join("; ", relations.Select(r => $"{r.Kind.Verb()} {r.Reference}"));
}
