using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Draft)]
public class AmendModel(DecisionRecordsDbContext db, IAuthorizationService authorization, Links links, PublicationService service)
    : RecordReasonPageModel<AmendModel.InputModel>(db, authorization, links)
{
    protected override RecordOperation Operation => RecordOperation.Amend;

    protected override (DecisionStatus Status, string Move)? Requires => (DecisionStatus.Published, "reopened for amendment");

    protected override Task<ChangeResult> ActAsync(ActingContext actor, Guid id, int version, string text, CancellationToken cancellationToken) =>
        service.ReopenForAmendmentAsync(actor, id, version, text, cancellationToken);

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
