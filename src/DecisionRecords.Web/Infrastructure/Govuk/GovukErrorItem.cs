namespace DecisionRecords.Web.Infrastructure;

/// <param name="FieldId">The id of the field the error is about, or null for an error about the whole form.</param>
public sealed record GovukErrorItem(string? FieldId, string Message);
