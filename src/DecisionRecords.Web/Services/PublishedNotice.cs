using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// A key decision's notice as published: why it is key, the day it was first on the forward plan and the clear days'
/// notice that gave before the Commissioner signed, and the reason for any exception or urgency, as the record gives it.
/// </summary>
/// <param name="KeyBecause">Why it is a key decision: the record's own answer, its plan item or its value.</param>
/// <param name="ClearDays">Clear days between first publication on the plan and the Commissioner's signature; null when it was on no plan.</param>
public sealed record PublishedNotice(bool IsKey, string? KeyBecause, DateOnly? OnPlanFrom, int? ClearDays, NoticeException? Exception, string? Reason)
{
    public bool HadFullNotice => ClearDays >= KeyDecisionNotice.ClearDaysRequired;

    /// <summary>The same words on the page, in the PDF and in the open data.</summary>
    public string KeySentence => IsKey
        ? $"This is a key decision. {KeyBecause}."
        : "The record says this is not a key decision.";

    public string? PlanSentence => !IsKey && OnPlanFrom is null
        ? null
        : OnPlanFrom is { } from
            ? $"It was first published on the forward plan on {UkTime.FormatDate(from)}, {ClearDays} clear day{(ClearDays == 1 ? "" : "s")} before the Commissioner decided it" +
                (HadFullNotice || !IsKey ? "." : $": less than the {KeyDecisionNotice.ClearDaysRequired} clear days' notice the office gives of a key decision.")
            : "It was not on the forward plan before it was decided.";

    public string? ExceptionSentence => Exception is { } exception
        ? $"{exception.DisplayName()}: {Reason}"
        : IsKey && !HadFullNotice ? "The record gives no reason for taking it with less notice." : null;

    /// <summary>Null where the record neither is a key decision nor says whether it is.</summary>
    /// <param name="undecidedOn">For a preview of a record not yet decided: the day to count the notice to.</param>
    public static PublishedNotice? From(DecisionRecord record, KeyDecisionNotice notice, DateOnly? undecidedOn = null)
    {
        if (record.KeyDecision is null && !notice.IsKey)
        {
            return null;
        }

        var decidedOn = record.ValidSignature(SignOffStep.Decision)?.Date ?? record.DecisionDate ?? undecidedOn;
        var because = notice.KeyBecause ?? (record.KeyDecision == true ? "The record says it is a key decision" : null);
        return new PublishedNotice(record.IsKeyDecision(notice), because, notice.OnPlanFrom,
            decidedOn is { } date ? notice.ClearDaysBefore(date) : null, record.NoticeException, record.NoticeReason);
    }
}
