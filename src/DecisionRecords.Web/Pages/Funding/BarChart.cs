namespace DecisionRecords.Web.Pages.Funding;

public sealed record BarChart(string Id, string Title, IReadOnlyList<(string Label, long Pence)> Bars);
