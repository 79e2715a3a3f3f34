using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.SignOff)]
public class ReturnModel(DecisionRecordsDbContext db, IAuthorizationService authorization, Links links, SignOffService service)
    : RecordReasonPageModel<ReturnModel.InputModel>(db, authorization, links)
{
    protected override RecordOperation Operation => RecordOperation.Return;

    protected override Task<ChangeResult> ActAsync(ActingContext actor, Guid id, int version, string text, CancellationToken cancellationToken) =>
        service.ReturnAsync(actor, id, version, text, cancellationToken);

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
