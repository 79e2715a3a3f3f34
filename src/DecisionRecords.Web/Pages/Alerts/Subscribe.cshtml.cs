using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>Sign up for emails about a view of the register: the view's criteria, stated in words, and an address.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.AlertSignUp)]
public class SubscribeModel(EmailAlerts alerts, Links links) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "funding-year")]
    public string? FundingYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    /// <summary>"yes" to follow the forward plan rather than the register.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Maker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AlertCriteria Criteria => Plan == "yes"
        ? AlertCriteria.ForPlan(Q, Category, Maker, Key)
        : AlertCriteria.From(Q, Category, Organisation, FundingYear, Outcome);

    /// <summary>Back to the same view of the register.</summary>
    public string RegisterUrl => Criteria.ForwardPlan
        ? links.ForwardPlan(new PlanFilter { Q = Criteria.Q, Category = Criteria.Category, Maker = Criteria.Maker?.ToString(), Key = Criteria.KeyOnly ? "yes" : null })
        : links.Register(new Dictionary<string, object?>
        {
            ["q"] = Criteria.Q,
            ["category"] = Criteria.Category,
            ["organisation"] = Criteria.Organisation,
            ["funding-year"] = Criteria.FundingYear,
            ["outcome"] = Criteria.Outcome?.ToString(),
        });

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await alerts.RequestAsync(Input.Email!, Criteria, Enum.Parse<AlertFrequency>(Input.Frequency!, ignoreCase: true), cancellationToken);
        return Redirect(links.AlertsCheckYourEmail());
    }

    public class InputModel
    {
        public string? Email { get; set; }

        public string? Frequency { get; set; } = nameof(AlertFrequency.Immediately);
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address")
                .MaximumLength(AlertSubscription.EmailMaxLength).WithMessage($"Email address must be {AlertSubscription.EmailMaxLength} characters or fewer")
                .Must(e => e is null || System.Net.Mail.MailAddress.TryCreate(e.Trim(), out var address) && address.Address == e.Trim() && e.Contains('.', StringComparison.Ordinal))
                .WithMessage("Enter an email address in the correct format, like name@example.com");
            RuleFor(x => x.Frequency).Must(f => Enum.TryParse<AlertFrequency>(f, ignoreCase: true, out var frequency) && Enum.IsDefined(frequency) && !int.TryParse(f, out _))
                .WithMessage("Choose how often you want emails");
        }
    }
}
