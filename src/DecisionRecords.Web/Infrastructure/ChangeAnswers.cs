using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// The answer a page gives after asking for a change to a record, in one place: not found, forbidden, or a flash
/// message and a redirect. A page that shows a conflict or a refusal on its own form handles those before asking here.
/// </summary>
public static class ChangeAnswers
{
    /// <param name="to">Where to go after the change, and after a conflict unless <paramref name="conflictTo"/> says otherwise.</param>
    /// <param name="done">The flash message for the record as the change left it.</param>
    /// <param name="conflictMessage">The page's own words for a change that was not made because someone else saved first.</param>
    public static IActionResult RedirectAfter(this PageModel page, ChangeResult result, string to, Func<DecisionRecord, string> done, string? conflictTo = null, string? conflictMessage = null)
    {
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return new NotFoundResult();
            case ChangeOutcome.Forbidden:
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                page.TempData.SetImportantFlash(conflictMessage ?? result.Message!);
                return new RedirectResult(conflictTo ?? to);
            case ChangeOutcome.Refused:
                page.TempData.SetImportantFlash(result.Message!);
                return new RedirectResult(conflictTo ?? to);
            default:
                page.TempData.SetFlash(done(result.Current!));
                return new RedirectResult(to);
        }
    }
}
