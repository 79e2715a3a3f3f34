using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Which forward plan items a reader asks for, the same on the page, the feed and the open data: words (whole words, in
/// any order, any case or accent, in what the public may read of an item), category, decision maker, key decisions
/// only, and status.
/// </summary>
public sealed class PlanFilter
{
    public const int WordsMaxLength = 200;

    public static readonly IReadOnlyList<string> Statuses = ["planned", "deferred", "decided", "withdrawn"];

    public string? Q { get; set; }

    public string? Category { get; set; }

    /// <summary>A <see cref="PlanDecisionMaker"/> name.</summary>
    public string? Maker { get; set; }

    /// <summary>"yes" for key decisions only.</summary>
    public string? Key { get; set; }

    /// <summary>One of <see cref="Statuses"/>.</summary>
    public string? Status { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Category is null or "" && Maker is null or "" && Key != "yes" && Status is null or "";

    public bool Matches(PlanItem item, bool decided)
    {
        if (!string.IsNullOrEmpty(Category) && item.Category != Category)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(Maker) && item.DecisionMaker.ToString() != Maker)
        {
            return false;
        }

        if (Key == "yes" && !item.IsKeyDecision)
        {
            return false;
        }

        var status = decided ? "decided" : item.Status.ToString().ToLowerInvariant();
        if (!string.IsNullOrEmpty(Status) && status != Status)
        {
            return false;
        }

        var words = Words(Q);
        if (words.Count == 0)
        {
            return true;
        }

        var text = Words(string.Join(' ', item.PublicTitle, item.IsExempt ? item.ExemptReason : item.Matter, item.LeadOfficer, item.Category)).ToHashSet(StringComparer.Ordinal);
        return words.All(text.Contains);
    }

    /// <summary>The filter as query values, for links to the feed and the open data of the same view.</summary>
    public Dictionary<string, string?> ToQuery() => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        ["category"] = string.IsNullOrEmpty(Category) ? null : Category,
        ["maker"] = string.IsNullOrEmpty(Maker) ? null : Maker,
        ["key"] = Key == "yes" ? "yes" : null,
        ["status"] = string.IsNullOrEmpty(Status) ? null : Status,
    };

    private static List<string> Words(string? text) => string.IsNullOrWhiteSpace(text) ? [] : AlertMatcher.Words(text);
}
