using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Unpublish)]
public class UnpublishModel(SignOffService service) : RecordReasonPageModel<UnpublishModel.InputModel>(service)
{
    protected override IActionResult? Refuse(DecisionRecord record) => record.Status == DecisionStatus.Published
        ? null
        : throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a published record can be unpublished.");

    protected override Task<SignOffResult> ActAsync(Guid id, int version, string text, CancellationToken cancellationToken) =>
        SignOff.UnpublishAsync(id, version, text, cancellationToken);

    protected override string Done(DecisionRecord record) => $"{record.Reference} unpublished";

    public class InputModel : ReasonInput
    {
        public string? Explanation { get; set; }

        public override string? Text => Explanation;
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Explanation).NotEmpty().WithMessage("Write the public explanation of why the record is taken down")
                .MaximumLength(PublishedVersion.ChangeNoteMaxLength).WithMessage($"The note must be {PublishedVersion.ChangeNoteMaxLength:N0} characters or fewer");
    }
}
