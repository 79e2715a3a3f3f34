namespace DecisionRecords.Web.Domain;

public enum DecisionStatus
{
    Draft = 0,
    AwaitingAdvice = 1,
    AwaitingDetermination = 2,
    AwaitingDecision = 3,
    Decided = 4,
    Published = 5,
    Withheld = 6,
    Withdrawn = 7,
    Unpublished = 8,

    /// <summary>Brought in from the archive and held until an officer has checked what the importer inferred.</summary>
    AwaitingReview = 9,
}
