using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }

    public string? Message { get; private set; }

    public string CorrelationId => HttpContext.TraceIdentifier;

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "You do not have permission to see this page",
        400 => "Sorry, there is a problem with the request",
        409 => "This cannot be done",
        429 => "Too many attempts",
        _ => "Sorry, there is a problem with the service",
    };

    public IActionResult OnGet(int? statusCode) => Render(statusCode);

    public IActionResult OnPost(int? statusCode) => Render(statusCode);

    private PageResult Render(int? statusCode)
    {
        // Only a real error status: /error/0 or /error/-1 is a request for a page that does not exist.
        Code = statusCode is >= 400 and <= 599 ? statusCode.Value : statusCode is null ? 500 : 404;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is DomainException illegalMove)
        {
            // An illegal workflow move is the user's request, not a fault: say what was refused.
            Code = StatusCodes.Status409Conflict;
            Message = illegalMove.Message;
            logger.LogInformation("Refused {Method} {Path}: {Reason}", Request.Method, HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path, illegalMove.Message);
        }

        Response.StatusCode = Code;
        return Page();
    }
}
