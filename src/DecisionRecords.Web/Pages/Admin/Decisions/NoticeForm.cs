using DecisionRecords.Web.Domain;
using FluentValidation;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>The record's key decision and notice answers as typed.</summary>
public class NoticeForm
{
    public const string FullNotice = "full-notice";

    /// <summary>"yes" or "no".</summary>
    public string? KeyDecision { get; set; }

    /// <summary>A <see cref="Domain.NoticeException"/> name, or <see cref="FullNotice"/>.</summary>
    public string? Exception { get; set; }

    public string? Reason { get; set; }

    public int Version { get; set; }

    public static NoticeForm From(DecisionRecord record) => new()
    {
        KeyDecision = record.KeyDecision switch { true => "yes", false => "no", null => null },
        Exception = record.NoticeException?.ToString() ?? (record.KeyDecision is null ? null : FullNotice),
        Reason = record.NoticeReason,
        Version = record.Version,
    };

    public bool? IsKey => KeyDecision switch { "yes" => true, "no" => false, _ => null };

    public NoticeException? ExceptionChosen =>
        Enum.TryParse<NoticeException>(Exception, out var chosen) && !int.TryParse(Exception, out _) ? chosen : null;

    public class Validator : AbstractValidator<NoticeForm>
    {
        public Validator()
        {
            RuleFor(x => x.KeyDecision).Must(k => k is "yes" or "no").WithMessage("Select yes if this is a key decision");
            RuleFor(x => x.Exception).Must(e => e == FullNotice || (Enum.TryParse<NoticeException>(e, out _) && !int.TryParse(e, out _)))
                .WithMessage("Select whether the decision has 28 clear days' notice, or is a general exception or special urgency");
            RuleFor(x => x.Reason).NotEmpty().When(x => x.ExceptionChosen is not null)
                .WithMessage("Enter the reason the decision cannot wait for 28 clear days' notice");
            RuleFor(x => x.Reason).Empty().When(x => x.Exception == FullNotice)
                .WithMessage("Select general exception or special urgency for this reason, or clear the reason");
            RuleFor(x => x.Reason).MaximumLength(DecisionRecord.NoticeReasonMaxLength)
                .WithMessage($"The reason must be {DecisionRecord.NoticeReasonMaxLength} characters or fewer");
        }
    }
}
