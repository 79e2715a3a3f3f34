using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class WithdrawModel(DecisionRecordsDbContext db, IAuthorizationService authorization, Links links, DraftingService service)
    : RecordReasonPageModel<WithdrawModel.InputModel>(db, authorization, links)
{
    protected override RecordOperation Operation => RecordOperation.Withdraw;

    protected override Task<ChangeResult> ActAsync(ActingContext actor, Guid id, int version, string text, CancellationToken cancellationToken) =>
        service.WithdrawAsync(actor, id, version, text, cancellationToken);

    protected override string Done(DecisionRecord record) => $"{record.Reference} withdrawn";

    public class InputModel : ReasonInput
    {
        public string? Reason { get; set; }

        public override string? Text => Reason;
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator() =>
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter why you are withdrawing the record")
                .MaximumLength(Signature.VoidReasonMaxLength).WithMessage($"Reason must be {Signature.VoidReasonMaxLength:N0} characters or fewer");
    }
}
