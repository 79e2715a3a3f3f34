using System.Globalization;
using System.Text;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Alerts;

/// <summary>An administrator answers a subject access request: what the alerts hold about one address, as CSV, audited.</summary>
public class ExportModel(EmailAlerts alerts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var export = await alerts.ExportAsync(HttpContext.GetActingContext(), Input.Email!, Input.RequestReference!, cancellationToken);
        var text = new StringWriter();
        await using (var csv = OpenData.Csv(text))
        {
            await csv.WriteRecordAsync(["what", "list", "how_often", "started_or_created", "ended_or_sent", "reason_or_subject"], cancellationToken);
            foreach (var s in export.Subscriptions)
            {
                await csv.WriteRecordAsync(["subscription", s.Criteria.Describe(), s.Frequency.Label(), Time(s.CreatedAt), Time(s.EndedAt), s.EndReason ?? ""], cancellationToken);
            }

            foreach (var m in export.Emails)
            {
                await csv.WriteRecordAsync(["email", "", "", Time(m.CreatedAt), Time(m.SentAt), m.Subject], cancellationToken);
            }
        }

        return File(new UTF8Encoding(true).GetBytes(text.ToString()), "text/csv; charset=utf-8", "email-alerts-subject-access.csv");
    }

    private static string Time(DateTimeOffset? utc) => utc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public class InputModel
    {
        public string? Email { get; set; }

        public string? RequestReference { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the email address the request is about")
                .MaximumLength(AlertSubscription.EmailMaxLength).WithMessage($"Email address must be {AlertSubscription.EmailMaxLength} characters or fewer");
            RuleFor(x => x.RequestReference).NotEmpty().WithMessage("Enter the reference of the subject access request")
                .MaximumLength(100).WithMessage("Reference must be 100 characters or fewer");
        }
    }
}
