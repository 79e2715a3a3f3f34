using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>
/// What another officer saved while this user was editing. The user's own input stays in the form, and the form now
/// carries the current version, so saving again deliberately replaces the other edit: neither edit is lost unseen.
/// </summary>
public sealed record ConflictView(string SavedBy, DateTimeOffset SavedAt, IReadOnlyList<ConflictField> Fields)
{
    public static ConflictView ForDetails(DecisionRecord saved, string savedBy, RecordDetailsForm mine) => new(
        savedBy,
        saved.UpdatedAt,
        new List<ConflictField>
        {
            new("Title", mine.Title ?? "", saved.Title),
            new("Date", UkTime.FormatDate(mine.RecordDate.ToDate()), UkTime.FormatDate(saved.RecordDate)),
            new("Received in OPCC date", UkTime.FormatDate(mine.ReceivedDate.ToDate()), UkTime.FormatDate(saved.ReceivedDate)),
            new("Officers present", string.Join(", ", mine.OfficerNames()), string.Join(", ", saved.OfficersPresent)),
            new("Category", mine.Category ?? "", saved.Category ?? ""),
            new("Value of the decision as the record states it", mine.ToDetails().StatedValue?.Written ?? "", saved.StatedValue?.Written ?? ""),
            new("Earlier records", RecordFields.Relations(mine.Relations()), RecordFields.Relations(saved.Relations)),
        }.Where(f => f.Mine.Trim() != f.Saved).ToList());

    public static ConflictView ForText(DecisionRecord saved, string savedBy, string label, string mine, string current) => new(
        savedBy,
        saved.UpdatedAt,
        mine.Trim() == current ? [] : [new ConflictField(label, mine, current)]);

    public PageResult Page(PageModel page)
    {
        var result = page.Page();
        result.StatusCode = StatusCodes.Status409Conflict;
        return result;
    }
}
