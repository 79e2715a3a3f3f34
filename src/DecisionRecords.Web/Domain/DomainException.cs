namespace DecisionRecords.Web.Domain;

/// <summary>An illegal move: the caller asked for something the record's state does not allow.</summary>
public sealed class DomainException(string message) : Exception(message);
