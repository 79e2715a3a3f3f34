namespace DecisionRecords.Web.Services.Import;

/// <param name="Name">As written; null where the record writes none.</param>
public sealed record ParsedSignature(string? Name, DateOnly? Date, int Line);
