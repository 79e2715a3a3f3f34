namespace DecisionRecords.Web.Domain;

/// <summary>Where a record came from: drafted and signed in this service, or read from the office's archive.</summary>
public enum RecordOrigin
{
    Drafted,
    Imported,
}
