using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.SignOff)]
public class SignOffModel(DecisionRecordsDbContext db, IAuthorizationService authorization, SignOffService signOff, KeyDecisionNotices notices, Links links, TimeProvider time) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public SignOffStep Step { get; private set; }

    /// <summary>Who drafted the record, for the summary at the top of the page.</summary>
    public string AuthorName { get; private set; } = "";

    /// <summary>The signed-in user's own valid signature on the record, when they have already signed it (Back after signing).</summary>
    public Signature? OwnSignature { get; private set; }

    /// <summary>The record's key decision and notice: the Monitoring Officer and the Commissioner see the reason for any exception or urgency.</summary>
    public NoticeSummary Notice { get; private set; } = null!;

    /// <summary>The office in which the signed-in user signs this step.</summary>
    public string SignerTitle => Roles.SignerTitle(User, Step);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // A refused attempt came back here as a page of its own (Back never resubmits it), with what was typed but the password.
        if (TempData[RefusedAttemptKey] is string attempt && System.Text.Json.JsonSerializer.Deserialize<RefusedAttempt>(attempt) is { } refused
            && refused.Input.Step == Step && refused.Input.Version == Record.Version)
        {
            Input = refused.Input;
            ModelState.AddModelError($"Input.{refused.Field}", refused.Message);
            return Page();
        }

        var today = UkTime.Today(time);
        Input = new InputModel
        {
            Step = Step,
            Version = Record.Version,
            DecisionDate = DateInput.From(today),
            PublishOn = DateInput.From(today),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Input.Step != Step)
        {
            TempData.SetImportantFlash(ChangeResult.ConflictMessage);
            return Redirect(links.Record(id));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = HttpContext.GetActingContext();
        var result = Step switch
        {
            SignOffStep.Advice => await signOff.AdviseAsync(actor, id, Input.Version, Input.Credential!, cancellationToken),
            SignOffStep.Determination => await signOff.DetermineAsync(actor, id, Input.Version, Input.Credential!, Input.ToDetermination(), Input.ExemptionsGiven(), cancellationToken),
            _ => await signOff.DecideAsync(actor, id, Input.Version, Input.Credential!, Enum.Parse<DecisionOutcome>(Input.Outcome!),
                Input.Comments, Input.DecisionDate.ToDate()!.Value, Input.PublishOn.ToDate()!.Value, cancellationToken),
        };
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return Refuse(result.Message!);
            case ChangeOutcome.Refused:
                Input.Credential = null;
                TempData[RefusedAttemptKey] = System.Text.Json.JsonSerializer.Serialize(new RefusedAttempt(Input, result.Field ?? "Credential", result.Message!));
                return Redirect(links.SignOff(id));
            case ChangeOutcome.Conflict:
                TempData.SetImportantFlash(result.Message!);
                return Redirect(links.Record(id));
            default:
                TempData.SetFlash($"{SignerTitle} signature recorded on {Record.Reference}");
                return Redirect(links.Record(id));
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        AuthorName = await db.DisplayNameOfAsync(record.CreatedByUserId, cancellationToken);
        Notice = new NoticeSummary(record, await notices.ForAsync(record, cancellationToken), UkTime.Today(time));
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (record.ValidSignatures.LastOrDefault(s => s.UserId is not null && s.UserId == userId) is { } mine
            && (record.CurrentStep is not { } next || !SignStepAuthorizationHandler.RolesFor(next).Any(User.IsInRole)))
        {
            // Back after signing: say what was done, not that it cannot be done.
            OwnSignature = mine;
            Step = mine.Step;
            return Page();
        }

        if (record.CurrentStep is not { } step)
        {
            return Refuse($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()} and is not waiting for a signature.");
        }

        Step = step;
        var allowed = await authorization.AuthorizeAsync(User, record, new SignStepRequirement(step));
        return allowed.Succeeded ? null : Refuse(allowed.Failure.FailureReasons.First().Message);
    }

    private PageResult Refuse(string reason)
    {
        ViewData["Refusal"] = reason;
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    private const string RefusedAttemptKey = "sign-off-refused";

    /// <summary>What the signer typed (never the password) and why it was refused, carried to the page after the redirect.</summary>
    public sealed record RefusedAttempt(InputModel Input, string Field, string Message);

    public class InputModel : DeterminationForm
    {
        public SignOffStep Step { get; set; }

        public int Version { get; set; }

        public string? Credential { get; set; }

        public string? ConfirmAdvice { get; set; }

        public string? Outcome { get; set; }

        public string? Comments { get; set; }

        public DateInput DecisionDate { get; set; } = new();

        public DateInput PublishOn { get; set; } = new();
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(x => x.ConfirmAdvice).Equal("yes").When(x => x.Step == SignOffStep.Advice)
                .WithMessage("Confirm that appropriate advice has been taken into account");

            When(x => x.Step == SignOffStep.Determination, () =>
            {
                RuleFor(x => x.PublishRecord).Must(v => v is "yes" or "no").WithMessage("Select whether to publish this record of decision");
                RuleFor(x => x.PublishReport).Must(v => v is "yes" or "no").Unless(x => x.RecordWithheld).WithMessage("Select whether to publish the contents of the report");
                RuleFor(x => x.PublishDetails).Must(v => v is "yes" or "no").Unless(x => x.RecordWithheld).WithMessage("Select whether to publish details of the decision");
                RuleFor(x => x.Reasons).NotEmpty().When(x => !x.AnswersAllYes || x.Exemptions.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                    .WithMessage("Give the reasons for non-publication, citing the legislation");
                RuleFor(x => x.Reasons).MaximumLength(Determination.ReasonsMaxLength).WithMessage($"Reasons must be {Determination.ReasonsMaxLength:N0} characters or fewer");
                RuleFor(x => x.Legislation).NotEmpty().When(x => !x.AnswersAllYes)
                    .WithMessage("Select the legislation that applies");
                RuleForEach(x => x.Exemptions).Must(e => (e.Value?.Length ?? 0) <= FundingLine.ExemptReasonMaxLength)
                    .WithMessage($"Each reason for exemption must be {FundingLine.ExemptReasonMaxLength} characters or fewer");
            });

            When(x => x.Step == SignOffStep.Decision, () =>
            {
                RuleFor(x => x.Outcome).Must(v => v is nameof(DecisionOutcome.Supported) or nameof(DecisionOutcome.NotSupported)).WithMessage("Select Supported or Not supported");
                RuleFor(x => x.Comments).MaximumLength(DecisionRecord.RichTextMaxLength).WithMessage($"Comments must be {DecisionRecord.RichTextMaxLength:N0} characters or fewer");
                RuleFor(x => x.DecisionDate).Must(d => d.ToDate() is not null).WithMessage("Enter the date of the decision as a real date, like 20 8 2024");
                RuleFor(x => x.DecisionDate).Must(d => d.ToDate() is not { } date || date <= UkTime.Today(time)).WithMessage("The date of the decision must be today or in the past");
                RuleFor(x => x.PublishOn).Must(d => d.ToDate() is not null).WithMessage("Enter the day to publish as a real date, like 20 8 2024");
            });

            RuleFor(x => x.Credential).NotEmpty().WithMessage("Enter your password or the code from your authenticator app to sign");
        }
    }
}
