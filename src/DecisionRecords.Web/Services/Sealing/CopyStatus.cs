namespace DecisionRecords.Web.Services.Sealing;

/// <summary>What has become of the published version a copy is of.</summary>
public enum CopyStatus
{
    /// <summary>No copy the register issued has this SHA-256.</summary>
    NotIssued,

    /// <summary>The latest published version of a record that is still published.</summary>
    Current,

    /// <summary>An earlier version: the record has been published again since.</summary>
    Superseded,

    /// <summary>The Monitoring Officer took the record down.</summary>
    TakenDown,

    /// <summary>The record was amended and the new determination says it is not to be published.</summary>
    Withdrawn,
}
