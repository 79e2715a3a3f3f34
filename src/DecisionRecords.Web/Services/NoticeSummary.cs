using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>For officers: a record's key decision and notice as they stand on <paramref name="Today"/>, for the record, notice and sign-off pages.</summary>
public sealed record NoticeSummary(DecisionRecord Record, KeyDecisionNotice Notice, DateOnly Today)
{
    public bool IsKey => Record.IsKeyDecision(Notice);

    public string KeyDecision => (Record.KeyDecision, Notice.KeyBecause) switch
    {
        (_, { } because) => $"Yes. {because}",
        (true, null) => "Yes, as the record says",
        (false, null) => "No",
        (null, null) => "Not said",
    };

    public string ForwardPlan => Notice.OnPlanFrom is { } from
        ? $"First published on {UkTime.FormatDate(from)}: {Notice.ClearDaysBefore(Today)} clear days' notice by today. Full notice from {UkTime.FormatDate(Notice.FullNoticeFrom)}."
        : "Not on the forward plan";

    public string Exception => Record.NoticeException is { } exception
        ? $"{exception.DisplayName()}: {Record.NoticeReason}"
        : IsKey ? "None given" : "Not needed";

    /// <summary>Why the record could not be decided today as it stands; null when it could.</summary>
    public string? Problem => Record.NoticeProblem(Notice, Today);
}
