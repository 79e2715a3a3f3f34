using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.SignOff)]
public class ReturnModel(SignOffService service) : RecordReasonPageModel<ReturnModel.InputModel>(service)
{
    protected override IActionResult? Refuse(DecisionRecord record) => SignOff.CanReturn(record) ? null : Forbid();

    protected override Task<SignOffResult> ActAsync(Guid id, int version, string text, CancellationToken cancellationToken) =>
        SignOff.ReturnAsync(id, version, text, cancellationToken);

    protected override string Done(DecisionRecord record) => $"{record.Reference} returned to its author";

    public class InputModel : ReasonInput
    {
        public string? Comment { get; set; }

        public override string? Text => Comment;
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Comment).NotEmpty().WithMessage("Enter why you are returning the record")
                .MaximumLength(Signature.VoidReasonMaxLength).WithMessage($"Comment must be {Signature.VoidReasonMaxLength:N0} characters or fewer");
    }
}
