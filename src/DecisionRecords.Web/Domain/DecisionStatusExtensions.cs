namespace DecisionRecords.Web.Domain;

public static class DecisionStatusExtensions
{
    public static string DisplayName(this DecisionStatus status) => status switch
    {
        DecisionStatus.Draft => "Draft",
        DecisionStatus.AwaitingAdvice => "Awaiting advice",
        DecisionStatus.AwaitingDetermination => "Awaiting determination",
        DecisionStatus.AwaitingDecision => "Awaiting decision",
        DecisionStatus.Decided => "Decided",
        DecisionStatus.Published => "Published",
        DecisionStatus.Withheld => "Withheld",
        DecisionStatus.Withdrawn => "Withdrawn",
        DecisionStatus.Unpublished => "Unpublished",
        DecisionStatus.AwaitingReview => "Imported, awaiting review",
        _ => status.ToString(),
    };

    public static string TagColour(this DecisionStatus status) => status switch
    {
        DecisionStatus.Draft => "govuk-tag--grey",
        DecisionStatus.Published => "govuk-tag--green",
        DecisionStatus.Withheld or DecisionStatus.Withdrawn or DecisionStatus.Unpublished => "govuk-tag--red",
        DecisionStatus.Decided => "govuk-tag--turquoise",
        DecisionStatus.AwaitingReview => "govuk-tag--yellow",
        _ => "govuk-tag--blue",
    };
}
