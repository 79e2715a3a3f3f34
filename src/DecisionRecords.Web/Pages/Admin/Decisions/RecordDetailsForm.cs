using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>The record's details as typed: used by the create and edit pages.</summary>
public class RecordDetailsForm
{
    public string? Title { get; set; }

    public DateInput RecordDate { get; set; } = new();

    public DateInput ReceivedDate { get; set; } = new();

    /// <summary>One name per line.</summary>
    public string? OfficersPresent { get; set; }

    public string? Category { get; set; }

    /// <summary>The value of the decision as the record states it, in pounds; blank where the tables say it all.</summary>
    public string? StatedValue { get; set; }

    /// <summary>A <see cref="RelationKind"/> name where the record replaces, varies, amends or revokes an earlier one; blank for none.</summary>
    public string? RelationKind { get; set; }

    /// <summary>The earlier record's reference, like EXE0019-23.</summary>
    public string? RelatedReference { get; set; }

    public int Version { get; set; }

    public static RecordDetailsForm From(DecisionRecord record) => new()
    {
        Title = record.Title,
        RecordDate = DateInput.From(record.RecordDate),
        ReceivedDate = DateInput.From(record.ReceivedDate),
        OfficersPresent = string.Join('\n', record.OfficersPresent),
        Category = record.Category,
        StatedValue = record.StatedValue?.Written,
        RelationKind = record.Relations.FirstOrDefault()?.Kind.ToString() ?? "",
        RelatedReference = record.Relations.FirstOrDefault()?.Reference,
        Version = record.Version,
    };

    public IReadOnlyList<RecordRelation> Relations() =>
        Enum.TryParse<Domain.RelationKind>(RelationKind, out var kind) && !int.TryParse(RelationKind, out _) && !string.IsNullOrWhiteSpace(RelatedReference)
            ? [new RecordRelation(kind, RelatedReference.Trim())]
            : [];

    public IReadOnlyList<string> OfficerNames() =>
        (OfficersPresent ?? "").Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public RecordDetails ToDetails() =>
        new(Title!.Trim(), RecordDate.ToDate(), ReceivedDate.ToDate(), OfficerNames(), string.IsNullOrWhiteSpace(Category) ? null : Category,
            Money.TryParsePence(StatedValue, out var pence) ? new StatedFigure(Money.Format(pence), pence, null) : null, Relations());

    public class Validator : AbstractValidator<RecordDetailsForm>
    {
        public Validator(IOptions<OrganisationOptions> organisation)
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage("Enter a title")
                .MaximumLength(DecisionRecord.TitleMaxLength).WithMessage($"Title must be {DecisionRecord.TitleMaxLength} characters or fewer");
            RuleFor(x => x.RecordDate).Must(d => d.IsEmpty || d.ToDate() is not null).WithMessage("Date must be a real date, like 13 3 2024");
            RuleFor(x => x.ReceivedDate).Must(d => d.IsEmpty || d.ToDate() is not null).WithMessage("Received in OPCC date must be a real date, like 13 3 2024");
            RuleFor(x => x).Must(x => x.OfficerNames().Count <= DecisionRecord.MaxOfficers)
                .WithName(nameof(OfficersPresent)).OverridePropertyName(nameof(OfficersPresent))
                .WithMessage($"Enter {DecisionRecord.MaxOfficers} officers or fewer");
            RuleFor(x => x).Must(x => x.OfficerNames().All(n => n.Length <= DecisionRecord.OfficerNameMaxLength))
                .OverridePropertyName(nameof(OfficersPresent))
                .WithMessage($"Each officer's name must be {DecisionRecord.OfficerNameMaxLength} characters or fewer");
            RuleFor(x => x.Category).Must(c => string.IsNullOrEmpty(c) || organisation.Value.Categories.Contains(c))
                .WithMessage("Select a category from the list");
            RuleFor(x => x.RelationKind).Must(k => string.IsNullOrEmpty(k) || (Enum.TryParse<Domain.RelationKind>(k, out _) && !int.TryParse(k, out _)))
                .WithMessage("Select how this decision stands to the earlier one");
            RuleFor(x => x.RelatedReference).NotEmpty().When(x => !string.IsNullOrEmpty(x.RelationKind))
                .WithMessage("Enter the reference of the earlier decision, like EXE0019-23");
            RuleFor(x => x.RelatedReference).Must(r => DecisionReference.ToSlug(r!.Trim()).Length > 0).When(x => !string.IsNullOrWhiteSpace(x.RelatedReference))
                .WithMessage("Enter the reference of the earlier decision, like EXE0019-23");
            RuleFor(x => x.RelatedReference).MaximumLength(DecisionReference.MaxLength)
                .WithMessage($"Reference must be {DecisionReference.MaxLength} characters or fewer");
            RuleFor(x => x.StatedValue).Must(v => string.IsNullOrWhiteSpace(v) || Money.TryParsePence(v, out _))
                .WithMessage("Enter the value the record states in pounds, like £140,705.06, or leave it blank");
        }
    }
}
