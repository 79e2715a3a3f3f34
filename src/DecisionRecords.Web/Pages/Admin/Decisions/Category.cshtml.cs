using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>Files an imported record, which the original never categorises, under one of the office's categories.</summary>
[Authorize(Policy = Policies.Review)]
public class CategoryModel(DecisionRecordsDbContext db, PublicationService publication, CategorySuggestions suggestions, IOptions<OrganisationOptions> organisation, Links links) : PageModel
{
    public const string NoCategory = "none";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public CategorySuggestion? Suggestion { get; private set; }

    public IReadOnlyList<string> Categories => organisation.Value.Categories;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Category = Record.Category, Version = Record.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await publication.SetCategoryAsync(HttpContext.GetActingContext(), id, Input.Version, Input.Category == NoCategory ? null : Input.Category, Suggestion?.Category, cancellationToken);
        return this.RedirectAfter(result, links.Record(id),
            filed => filed.Category is { } category ? $"{filed.Reference} filed under {category}" : $"{filed.Reference} has no category",
            conflictTo: links.Category(id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        Suggestion = record.Category is null ? await suggestions.ForAsync(record, cancellationToken) : null;
        return true;
    }

    public class InputModel
    {
        /// <summary>One of the office's categories, or <see cref="NoCategory"/>.</summary>
        public string? Category { get; set; }

        public int Version { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator(IOptions<OrganisationOptions> organisation)
        {
            RuleFor(x => x.Category).Must(c => c == NoCategory || (c is not null && organisation.Value.Categories.Contains(c)))
                .WithMessage("Select a category, or No category");
        }
    }
}
