using System.Globalization;
using DecisionRecords.Web.Domain;
using FluentValidation;

namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>The fields of a forward plan item as an officer types them; limits come from <see cref="PlanItem"/>.</summary>
public class PlanItemForm
{
    public string? Title { get; set; }

    public string? Matter { get; set; }

    public string? DecisionMaker { get; set; }

    public string? ExpectedDay { get; set; }

    public string? ExpectedMonth { get; set; }

    public string? ExpectedYear { get; set; }

    public string? EstimatedValue { get; set; }

    public bool SignificantEffect { get; set; }

    public string? Category { get; set; }

    public string? LeadOfficer { get; set; }

    public string? Documents { get; set; }

    public string? Representations { get; set; }

    public bool IsExempt { get; set; }

    public string? GeneralTerms { get; set; }

    public string? ExemptReason { get; set; }

    public int Version { get; set; }

    public static PlanItemForm From(PlanItem item) => new()
    {
        Title = item.Title,
        Matter = item.Matter,
        DecisionMaker = item.DecisionMaker.ToString(),
        ExpectedDay = item.ExpectedDayKnown ? item.ExpectedOn.Day.ToString(CultureInfo.InvariantCulture) : null,
        ExpectedMonth = item.ExpectedOn.Month.ToString(CultureInfo.InvariantCulture),
        ExpectedYear = item.ExpectedOn.Year.ToString(CultureInfo.InvariantCulture),
        EstimatedValue = item.EstimatedValuePence is { } pence ? Money.FormatForInput(pence) : null,
        SignificantEffect = item.SignificantEffect,
        Category = item.Category,
        LeadOfficer = item.LeadOfficer,
        Documents = item.Documents,
        Representations = item.Representations,
        IsExempt = item.IsExempt,
        GeneralTerms = item.GeneralTerms,
        ExemptReason = item.ExemptReason,
        Version = item.Version,
    };

    public PlanItemDetails ToDetails() => new(
        Title!, Matter!, Enum.Parse<PlanDecisionMaker>(DecisionMaker!), Number(ExpectedYear)!.Value, Number(ExpectedMonth)!.Value, Number(ExpectedDay),
        Value(EstimatedValue), SignificantEffect, Category, LeadOfficer!, Documents, Representations, IsExempt, GeneralTerms, ExemptReason);

    internal static int? Number(string? text) => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    internal static long? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : Money.TryParsePence(text, out var pence) ? pence : null;

    internal static bool ValidExpected(string? day, string? month, string? year) =>
        Number(year) is { } y and >= 2000 and <= 2100 && Number(month) is { } m and >= 1 and <= 12
        && (string.IsNullOrWhiteSpace(day) || (Number(day) is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, m)));

    public class Validator : AbstractValidator<PlanItemForm>
    {
        public Validator()
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage("Enter a title")
                .MaximumLength(PlanItem.TitleMaxLength).WithMessage($"Title must be {PlanItem.TitleMaxLength} characters or fewer");
            RuleFor(x => x.Matter).NotEmpty().WithMessage("Enter what is to be decided")
                .MaximumLength(PlanItem.MatterMaxLength).WithMessage($"What is to be decided must be {PlanItem.MatterMaxLength} characters or fewer");
            RuleFor(x => x.DecisionMaker).Must(d => Enum.TryParse<PlanDecisionMaker>(d, out var m) && Enum.IsDefined(m) && !int.TryParse(d, out _))
                .WithMessage("Select who will take the decision");
            RuleFor(x => x.ExpectedMonth).Must((x, _) => ValidExpected(x.ExpectedDay, x.ExpectedMonth, x.ExpectedYear))
                .WithMessage("Enter the expected month and year, and the day if it is known, like 3 2027");
            RuleFor(x => x.EstimatedValue).Must(v => string.IsNullOrWhiteSpace(v) || Value(v) is >= 0)
                .WithMessage("Enter the estimated value in pounds, like 250,000, or leave it blank");
            RuleFor(x => x.Category).MaximumLength(PlanItem.CategoryMaxLength).WithMessage($"Category must be {PlanItem.CategoryMaxLength} characters or fewer");
            RuleFor(x => x.LeadOfficer).NotEmpty().WithMessage("Enter the lead officer")
                .MaximumLength(PlanItem.LeadOfficerMaxLength).WithMessage($"Lead officer must be {PlanItem.LeadOfficerMaxLength} characters or fewer");
            RuleFor(x => x.Documents).MaximumLength(PlanItem.TextMaxLength).WithMessage($"Documents must be {PlanItem.TextMaxLength} characters or fewer");
            RuleFor(x => x.Representations).MaximumLength(PlanItem.TextMaxLength).WithMessage($"Representations must be {PlanItem.TextMaxLength} characters or fewer");
            RuleFor(x => x.GeneralTerms).NotEmpty().When(x => x.IsExempt).WithMessage("Enter the matter in general terms, as the public will read it")
                .MaximumLength(PlanItem.TitleMaxLength).WithMessage($"General terms must be {PlanItem.TitleMaxLength} characters or fewer");
            RuleFor(x => x.ExemptReason).NotEmpty().When(x => x.IsExempt).WithMessage("Enter why the item is exempt")
                .MaximumLength(PlanItem.ReasonMaxLength).WithMessage($"The reason must be {PlanItem.ReasonMaxLength} characters or fewer");
        }
    }
}
