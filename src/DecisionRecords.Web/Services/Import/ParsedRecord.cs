using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>A decision record as read from the archive: what it says, and the notes on what it does not say plainly.</summary>
public sealed record ParsedRecord(
    string Reference,
    string Title,
    DateOnly? RecordDate,
    DateOnly? ReceivedDate,
    IReadOnlyList<string> OfficersPresent,
    string SummaryOfIssue,
    string Recommendations,
    string KeyDiscussionPoints,
    IReadOnlyList<FundingTableEdit> Tables,
    ParsedSignature? Advice,
    bool? PublishRecord,
    bool? PublishReport,
    bool? PublishDetails,
    string? Reasons,
    ParsedSignature? Determination,
    DecisionOutcome? Outcome,
    ParsedSignature? Decision,
    StatedFigure? StatedValue,
    StatedFigure? StatedTotal,
    IReadOnlyList<ParsedNote> Notes,
    string? DecisionComments = null)
{
    /// <summary>What the original writes beside its reference, such as "(Revised)".</summary>
    public string? ReferenceMarker { get; init; }

    /// <summary>Earlier records the text says this one replaces, varies, amends or revokes.</summary>
    public IReadOnlyList<RecordRelation> Relations { get; init; } = [];

    /// <summary>The notes as the import report lists them, each with the line of the original it is about.</summary>
    public IReadOnlyList<string> Discrepancies => Notes.Select(n => n.Describe()).ToList();
}
