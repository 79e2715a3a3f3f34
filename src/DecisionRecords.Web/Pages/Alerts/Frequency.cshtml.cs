using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Alerts;

/// <summary>Changes how often one subscription is emailed: straight away, or in a daily or weekly digest.</summary>
[AllowAnonymous]
public class FrequencyModel(EmailAlerts alerts, Links links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AlertSubscription? Subscription { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.Frequency = Subscription!.Frequency.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var frequency = Enum.Parse<AlertFrequency>(Input.Frequency!, ignoreCase: true);
        if (!await alerts.ChangeFrequencyAsync(Token, Id, frequency, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetFlash($"You will get emails about {Subscription!.Criteria.Describe()} {frequency.Describe()}");
        return Redirect(links.AlertsManage(Token));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Subscription = (await alerts.SubscriptionsOfAsync(Token, cancellationToken))?.FirstOrDefault(s => s.Id == Id && s.IsActive);
        return Subscription is not null;
    }

    public class InputModel
    {
        public string? Frequency { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Frequency).Must(f => Enum.TryParse<AlertFrequency>(f, ignoreCase: true, out var frequency) && Enum.IsDefined(frequency) && !int.TryParse(f, out _))
                .WithMessage("Choose how often you want emails");
        }
    }
}
