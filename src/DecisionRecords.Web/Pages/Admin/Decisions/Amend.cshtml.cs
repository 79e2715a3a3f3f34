using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class AmendModel(SignOffService service) : RecordReasonPageModel<AmendModel.InputModel>(service)
{
    protected override IActionResult? Refuse(DecisionRecord record) => record.Status == DecisionStatus.Published
        ? null
        : throw new DomainException($"Record {record.Reference} is {record.Status.DisplayName().ToLowerInvariant()}: only a published record can be reopened for amendment.");

    protected override Task<SignOffResult> ActAsync(Guid id, int version, string text, CancellationToken cancellationToken) =>
        SignOff.ReopenForAmendmentAsync(id, version, text, cancellationToken);

    protected override string Done(DecisionRecord record) => $"{record.Reference} reopened for amendment";

    public class InputModel : ReasonInput
    {
        public string? ChangeNote { get; set; }

        public override string? Text => ChangeNote;
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.ChangeNote).NotEmpty().WithMessage("Write the public note that says what the amendment changes")
                .MaximumLength(PublishedVersion.ChangeNoteMaxLength).WithMessage($"The note must be {PublishedVersion.ChangeNoteMaxLength:N0} characters or fewer");
    }
}
