using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>The forward plan as it stood on a day the reader chooses, as a PDF: what the public plan showed at the end of that day.</summary>
[AllowAnonymous]
public class AsAtModel(Services.ForwardPlan plan, PrintView print, UncachedPublicWork work, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateInput Date { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        if (Date.IsEmpty)
        {
            Date = DateInput.From(today);
            return Page();
        }

        var date = Date.ToDate();
        if (date is null)
        {
            ModelState.AddModelError(nameof(Date), "Enter the date as a real date, like 1 4 2027");
        }
        else if (date > today)
        {
            ModelState.AddModelError(nameof(Date), "The date must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        // Each PDF is printed afresh: a few at once, like the other public work the cache cannot answer.
        using var lease = await work.AcquireAsync(cancellationToken);
        if (!lease.IsAcquired)
        {
            Response.Headers.RetryAfter = "5";
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            var pdf = await print.ForwardPlanPdfAsync(await plan.AsAtAsync(date!.Value, cancellationToken), cancellationToken);
            return File(pdf, "application/pdf", $"forward-plan-{date:yyyy-MM-dd}.pdf");
        }
        catch (PdfRenderException)
        {
            ModelState.AddModelError(nameof(Date), "The PDF could not be made just now. Try again in a minute");
            var page = Page();
            page.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return page;
        }
    }
}
