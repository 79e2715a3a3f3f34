namespace DecisionRecords.Web.Services.Changes;

public enum ChangeOutcome
{
    Done,
    NotFound,

    /// <summary>Someone else changed the record since the user read it: nothing was written.</summary>
    Conflict,

    /// <summary>This user may not make this change to this record; the message says why.</summary>
    Forbidden,

    /// <summary>The change cannot be made as asked (a wrong password, a record not yet complete); the message says why.</summary>
    Refused,
}
