namespace DecisionRecords.Web.Services.Import;

public enum ImportResult
{
    /// <summary>Read and saved.</summary>
    Imported,

    /// <summary>Read on a check: it would be imported.</summary>
    Ready,

    /// <summary>The same document was imported before: nothing changes.</summary>
    Unchanged,

    /// <summary>Not read as a decision record; the refusal says why and at which line.</summary>
    Refused,
}
