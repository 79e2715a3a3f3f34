namespace DecisionRecords.Web.Domain;

public enum ImportItemState
{
    /// <summary>Not read yet.</summary>
    Waiting,

    /// <summary>Read: it would be imported.</summary>
    Ready,

    /// <summary>The same document is in the register already: importing it changes nothing.</summary>
    Unchanged,

    Refused,

    Imported,
}
