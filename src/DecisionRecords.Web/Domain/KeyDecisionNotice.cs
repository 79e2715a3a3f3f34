namespace DecisionRecords.Web.Domain;

/// <summary>
/// What the office knows of a record's notice outside the record itself: whether its forward plan item or its value
/// makes it a key decision (and why), and the day its plan item was first published, if it had one.
/// </summary>
/// <param name="IsKey">Key by its plan item or by its value at the office's threshold; the record's own answer is added to this.</param>
/// <param name="KeyBecause">Why it is key, in words, when <paramref name="IsKey"/>.</param>
/// <param name="OnPlanFrom">The day (London) the plan item was first published; null with no plan item.</param>
public sealed record KeyDecisionNotice(bool IsKey, string? KeyBecause, DateOnly? OnPlanFrom)
{
    /// <summary>The notice a key decision is given on the forward plan: 28 clear days, the day of publication and the day of decision not counted.</summary>
    public const int ClearDaysRequired = 28;

    /// <summary>Not key by plan or value, and on no plan.</summary>
    public static readonly KeyDecisionNotice None = new(false, null, null);

    /// <summary>Whole days between the plan item's first publication and <paramref name="date"/>, neither counted; null with no plan item.</summary>
    public int? ClearDaysBefore(DateOnly date) => OnPlanFrom is { } from ? Math.Max(0, date.DayNumber - from.DayNumber - 1) : null;

    /// <summary>Whether a decision taken on <paramref name="date"/> had its 28 clear days' notice.</summary>
    public bool IsGivenBy(DateOnly date) => ClearDaysBefore(date) >= ClearDaysRequired;

    /// <summary>The first day a decision could be taken with full notice; null with no plan item.</summary>
    public DateOnly? FullNoticeFrom => OnPlanFrom?.AddDays(ClearDaysRequired + 1);
}
