using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.OfficeHolders;

public class EditModel(DecisionRecordsDbContext db, OfficeHolderDirectory directory, Links links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (id is null)
        {
            return Page();
        }

        var holder = await db.OfficeHolders.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (holder is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Office = holder.Office.ToString(),
            Name = holder.Name,
            JobTitle = holder.JobTitle,
            From = DateInput.From(holder.From),
            To = DateInput.From(holder.To),
            Version = holder.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, holder) = await directory.SaveAsync(HttpContext.GetActingContext(), id, Input.Version, Enum.Parse<Office>(Input.Office!),
            Input.Name!, Input.JobTitle!, Input.From.ToDate()!.Value, Input.To.ToDate(), cancellationToken);
        switch (outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Conflict:
                ModelState.AddModelError("Input.Name", "Someone else changed this office holder after you opened it. Check the details below and save again");
                Input.Version = holder!.Version;
                ModelState.Remove("Input.Version");
                return Page();
            default:
                TempData.SetFlash($"{holder!.Name} saved");
                return Redirect(links.OfficeHolders());
        }
    }

    public class InputModel
    {
        public string? Office { get; set; }

        public string? Name { get; set; }

        public string? JobTitle { get; set; }

        public DateInput From { get; set; } = new();

        public DateInput To { get; set; } = new();

        public int Version { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Office).Must(o => Enum.TryParse<Office>(o, out _)).WithMessage("Select an office");
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the office holder's name")
                .MaximumLength(OfficeHolder.NameMaxLength).WithMessage($"Name must be {OfficeHolder.NameMaxLength} characters or fewer");
            RuleFor(x => x.JobTitle).NotEmpty().WithMessage("Enter the job title")
                .MaximumLength(OfficeHolder.JobTitleMaxLength).WithMessage($"Job title must be {OfficeHolder.JobTitleMaxLength} characters or fewer");
            RuleFor(x => x.From).Must(d => d.ToDate() is not null).WithMessage("Enter the first day in office as a real date, like 13 5 2021");
            RuleFor(x => x.To).Must(d => d.IsEmpty || d.ToDate() is not null).WithMessage("Enter the last day in office as a real date, like 12 5 2021");
            RuleFor(x => x.To).Must((x, to) => to.IsEmpty || x.From.ToDate() is null || to.ToDate() is null || to.ToDate() >= x.From.ToDate())
                .WithMessage("The last day in office must be on or after the first day");
        }
    }
}
