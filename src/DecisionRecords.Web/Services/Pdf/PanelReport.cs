using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Pdf;

public sealed record PanelReport(DateOnly From, DateOnly To, IReadOnlyList<PanelReport.Row> Rows)
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, DecisionOutcome? Outcome, DecisionStatus Status, string? WithheldReasons, long? ValuePence);
}
