namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>
/// A GOV.UK date input whose day may be left blank: a decision expected in a month. Fields are named by their form
/// names ("Input.ExpectedMonth"); the error is kept against the month field.
/// </summary>
public sealed record MonthInput(string Legend, string Hint, string DayField, string MonthField, string YearField, string? Day, string? Month, string? Year, string? Error);
