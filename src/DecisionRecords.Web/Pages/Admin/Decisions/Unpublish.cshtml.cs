using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

[Authorize(Policy = Policies.Unpublish)]
public class UnpublishModel(DecisionRecordsDbContext db, IAuthorizationService authorization, Links links, PublicationService service)
    : RecordReasonPageModel<UnpublishModel.InputModel>(db, authorization, links)
{
    protected override RecordOperation Operation => RecordOperation.Unpublish;

    protected override (DecisionStatus Status, string Move)? Requires => (DecisionStatus.Published, "unpublished");

    protected override Task<ChangeResult> ActAsync(ActingContext actor, Guid id, int version, string text, CancellationToken cancellationToken) =>
        service.UnpublishAsync(actor, id, version, text, cancellationToken);

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
