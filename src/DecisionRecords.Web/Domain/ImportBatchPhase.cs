namespace DecisionRecords.Web.Domain;

public enum ImportBatchPhase
{
    /// <summary>Each document is being read, and nothing saved, so the administrator can see what would be imported.</summary>
    Checking,

    /// <summary>Every document has been read; the administrator can import those that are ready.</summary>
    Checked,

    /// <summary>The ready documents are being imported, one transaction each.</summary>
    Importing,

    Finished,
}
