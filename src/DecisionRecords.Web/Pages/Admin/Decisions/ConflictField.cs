namespace DecisionRecords.Web.Pages.Admin.Decisions;

public sealed record ConflictField(string Name, string Mine, string Saved);
