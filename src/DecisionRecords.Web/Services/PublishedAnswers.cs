using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The Monitoring Officer's answers as recorded: null where an imported record leaves one blank.</summary>
/// <param name="Reasons">As recorded; null where none are given (blank on an imported record).</param>
public sealed record PublishedAnswers(bool? PublishRecord, bool? PublishReport, bool? PublishDetails, string? Reasons)
{
    public bool PublishesEverything => PublishRecord == true && PublishReport == true && PublishDetails == true;

    public static PublishedAnswers? From(Determination? determination) =>
        determination is null ? null : new(determination.PublishRecord, determination.PublishReport, determination.PublishDetails, determination.Reasons);
}
