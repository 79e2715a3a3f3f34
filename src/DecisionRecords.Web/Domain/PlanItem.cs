using System.Globalization;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// A decision the office intends to take, published on the forward plan before it is taken. The day it was first
/// published never changes; every change is kept as its history, in words that never show an exempt matter.
/// </summary>
public class PlanItem
{
    public const int TitleMaxLength = 200;
    public const int MatterMaxLength = 4000;
    public const int TextMaxLength = 2000;
    public const int LeadOfficerMaxLength = 200;
    public const int CategoryMaxLength = 100;
    public const int ReasonMaxLength = 1000;

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    private PlanItem()
    {
    }

    public PlanItem(Guid id, PlanItemDetails details, long keyDecisionThresholdPence, DateTimeOffset now)
    {
        Id = id;
        FirstPublishedAt = now;
        UpdatedAt = now;
        Apply(details, keyDecisionThresholdPence);
        Changes.Add(new PlanItemChange(Guid.NewGuid(), id, now, "Added to the forward plan", PlanItemSnapshot.Of(this).ToJson()));
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>What is to be decided. For an exempt item this is the exempt detail: never published.</summary>
    public string Matter { get; private set; } = "";

    public PlanDecisionMaker DecisionMaker { get; private set; }

    /// <summary>The expected day, or the first of the expected month when only the month is known.</summary>
    public DateOnly ExpectedOn { get; private set; }

    public bool ExpectedDayKnown { get; private set; }

    public long? EstimatedValuePence { get; private set; }

    public bool SignificantEffect { get; private set; }

    public bool IsKeyDecision { get; private set; }

    /// <summary>Why it is (or is not) a key decision, by the office's threshold of value or its effect, as worked out when it was saved.</summary>
    public string KeyDecisionBecause { get; private set; } = "";

    public string? Category { get; private set; }

    public string LeadOfficer { get; private set; } = "";

    public string? Documents { get; private set; }

    public string? Representations { get; private set; }

    public bool IsExempt { get; private set; }

    /// <summary>For an exempt item: the matter in general terms, which is what the public reads instead.</summary>
    public string? GeneralTerms { get; private set; }

    public string? ExemptReason { get; private set; }

    public PlanItemStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateTimeOffset FirstPublishedAt { get; private set; }

    /// <summary>The decision record drafted from this item; the public plan links to it once it is published.</summary>
    public Guid? DecisionRecordId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public List<PlanItemChange> Changes { get; private set; } = [];

    /// <summary>What the public reads as the item's name: its general terms when exempt.</summary>
    public string PublicTitle => IsExempt ? GeneralTerms ?? "" : Title;

    public string Expected => ExpectedDayKnown ? ExpectedOn.ToString("d MMMM yyyy", Culture) : ExpectedOn.ToString("MMMM yyyy", Culture);

    public PlanItemDetails Details => new(Title, Matter, DecisionMaker, ExpectedOn.Year, ExpectedOn.Month, ExpectedDayKnown ? ExpectedOn.Day : null,
        EstimatedValuePence, SignificantEffect, Category, LeadOfficer, Documents, Representations, IsExempt, GeneralTerms, ExemptReason);

    /// <summary>Changes what the item says; each change is kept in its history. A withdrawn item cannot change.</summary>
    public IReadOnlyList<string> Update(PlanItemDetails details, long keyDecisionThresholdPence, DateTimeOffset now)
    {
        RequireOpen("changed");
        var before = (Item: this.Details, Expected, IsKeyDecision, PublicTitle);
        Apply(details, keyDecisionThresholdPence);
        var changed = Describe(before.Item, before.Expected, before.IsKeyDecision, before.PublicTitle);
        if (changed.Count > 0)
        {
            Touch(now, string.Join("; ", changed));
        }

        return changed;
    }

    /// <summary>Puts the decision back to a later month (or day), with the reason the public reads.</summary>
    public void Defer(int year, int month, int? day, string reason, DateTimeOffset now)
    {
        RequireOpen("deferred");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the decision is deferred.");
        }

        var was = Expected;
        (ExpectedOn, ExpectedDayKnown) = On(year, month, day);
        Status = PlanItemStatus.Deferred;
        StatusReason = Limit(reason.Trim(), ReasonMaxLength);
        Touch(now, $"Deferred from {was} to {Expected}: {StatusReason}");
    }

    public void Withdraw(string reason, DateTimeOffset now)
    {
        RequireOpen("withdrawn");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the item is withdrawn.");
        }

        Status = PlanItemStatus.Withdrawn;
        StatusReason = Limit(reason.Trim(), ReasonMaxLength);
        Touch(now, $"Withdrawn: {StatusReason}");
    }

    /// <summary>Records that a decision record has been drafted from this item; one record an item.</summary>
    public void StartRecord(Guid recordId, string reference, DateTimeOffset now)
    {
        RequireOpen("drafted");
        if (DecisionRecordId is not null)
        {
            throw new DomainException("A decision record has already been drafted from this item.");
        }

        DecisionRecordId = recordId;
        Touch(now, $"Decision record {reference} drafted");
    }

    private void RequireOpen(string doing)
    {
        if (Status == PlanItemStatus.Withdrawn)
        {
            throw new DomainException($"This item was withdrawn and cannot be {doing}.");
        }
    }

    private void Touch(DateTimeOffset now, string summary)
    {
        UpdatedAt = now;
        Version++;
        Changes.Add(new PlanItemChange(Guid.NewGuid(), Id, now, summary, PlanItemSnapshot.Of(this).ToJson()));
    }

    private void Apply(PlanItemDetails details, long threshold)
    {
        if (string.IsNullOrWhiteSpace(details.Title) || string.IsNullOrWhiteSpace(details.Matter) || string.IsNullOrWhiteSpace(details.LeadOfficer))
        {
            throw new DomainException("A forward plan item needs a title, the matter to be decided and a lead officer.");
        }

        if (details.IsExempt && (string.IsNullOrWhiteSpace(details.GeneralTerms) || string.IsNullOrWhiteSpace(details.ExemptReason)))
        {
            throw new DomainException("An exempt item needs the matter in general terms and the reason it is exempt.");
        }

        Title = Limit(details.Title.Trim(), TitleMaxLength);
        Matter = Limit(details.Matter.Trim(), MatterMaxLength);
        DecisionMaker = details.DecisionMaker;
        (ExpectedOn, ExpectedDayKnown) = On(details.ExpectedYear, details.ExpectedMonth, details.ExpectedDay);
        EstimatedValuePence = details.EstimatedValuePence;
        SignificantEffect = details.SignificantEffect;
        Category = Optional(details.Category, CategoryMaxLength);
        LeadOfficer = Limit(details.LeadOfficer.Trim(), LeadOfficerMaxLength);
        Documents = Optional(details.Documents, TextMaxLength);
        Representations = Optional(details.Representations, TextMaxLength);
        IsExempt = details.IsExempt;
        GeneralTerms = details.IsExempt ? Optional(details.GeneralTerms, TitleMaxLength) : null;
        ExemptReason = details.IsExempt ? Optional(details.ExemptReason, ReasonMaxLength) : null;
        var overThreshold = EstimatedValuePence is { } value && value >= threshold;
        IsKeyDecision = overThreshold || SignificantEffect;
        KeyDecisionBecause = (overThreshold, SignificantEffect) switch
        {
            (true, true) => $"Its estimated value, {Money.Format(EstimatedValuePence!.Value)}, is at or above the office's threshold of {Money.Format(threshold)}, and it has a significant effect on communities",
            (true, false) => $"Its estimated value, {Money.Format(EstimatedValuePence!.Value)}, is at or above the office's threshold of {Money.Format(threshold)}",
            (false, true) => "It has a significant effect on communities",
            _ => EstimatedValuePence is { } below
                ? $"Its estimated value, {Money.Format(below)}, is below the office's threshold of {Money.Format(threshold)}, and it has no significant effect on communities"
                : "No value is estimated, and it has no significant effect on communities",
        };
    }

    /// <summary>The changes in words. Whatever an exempt item keeps from the public is named, never quoted.</summary>
    private List<string> Describe(PlanItemDetails before, string expectedBefore, bool keyBefore, string publicTitleBefore)
    {
        var changes = new List<string>();
        void Quote(string what, string? was, string? now)
        {
            if (!string.Equals(was ?? "", now ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{what}: “{(string.IsNullOrEmpty(was) ? "none" : was)}” to “{(string.IsNullOrEmpty(now) ? "none" : now)}”");
            }
        }

        Quote(IsExempt ? "Title (in general terms)" : "Title", publicTitleBefore, PublicTitle);
        if (!string.Equals(before.Title, Title, StringComparison.Ordinal) && IsExempt)
        {
            changes.Add("The exempt title was changed");
        }

        if (!string.Equals(before.Matter, Matter, StringComparison.Ordinal))
        {
            changes.Add(IsExempt || before.IsExempt ? "The exempt description of the matter was changed" : $"What is to be decided: “{before.Matter}” to “{Matter}”");
        }

        Quote("Decision maker", before.DecisionMaker.DisplayName(), DecisionMaker.DisplayName());
        Quote("Expected", expectedBefore, Expected);
        if (keyBefore != IsKeyDecision)
        {
            changes.Add(IsKeyDecision ? $"Now a key decision: {KeyDecisionBecause}" : $"No longer a key decision: {KeyDecisionBecause}");
        }

        Quote("Category", before.Category, Category);
        Quote("Lead officer", before.LeadOfficer, LeadOfficer);
        Quote("Documents to be considered", before.Documents, Documents);
        Quote("Representations", before.Representations, Representations);
        if (before.IsExempt != IsExempt)
        {
            changes.Add(IsExempt ? $"Now exempt: {ExemptReason}" : "No longer exempt");
        }
        else
        {
            Quote("Reason it is exempt", before.ExemptReason, ExemptReason);
        }

        return changes;
    }

    private static (DateOnly On, bool DayKnown) On(int year, int month, int? day)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month))))
        {
            throw new DomainException("Enter the expected month and year as real dates, like 3 2027.");
        }

        return (new DateOnly(year, month, day ?? 1), day is not null);
    }

    private static string Limit(string text, int max) => text.Length > max ? text[..max] : text;

    private static string? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Limit(text.Trim(), max);
}
