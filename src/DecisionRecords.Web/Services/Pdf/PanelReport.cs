using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Pdf;

/// <param name="WithoutNotice">Key decisions in the period taken with less than 28 clear days' notice on the forward plan, or on none.</param>
/// <param name="Plan">The forward plan for the next period, <paramref name="PlanFrom"/> to <paramref name="PlanTo"/>: what the public plan shows of each item.</param>
public sealed record PanelReport(DateOnly From, DateOnly To, IReadOnlyList<PanelReport.Row> Rows, IReadOnlyList<PanelReport.NoticeRow> WithoutNotice,
    DateOnly PlanFrom, DateOnly PlanTo, IReadOnlyList<PanelReport.PlanRow> Plan)
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, DecisionOutcome? Outcome, DecisionStatus Status, string? WithheldReasons, long? ValuePence,
        PublishedNotice? Notice = null);

    public sealed record NoticeRow(Guid Id, string Reference, string Title, DateOnly? DecisionDate, PublishedNotice Notice);

    public sealed record PlanRow(string Title, string DecisionMaker, string Expected, bool IsKey, string Status, string LeadOfficer, bool IsExempt);
}
