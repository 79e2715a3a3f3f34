using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class RecordModel(DecisionRecordsDbContext db, IAuthorizationService authorization, KeyDecisionNotices notices, TimeProvider time) : PageModel
{
    public DecisionRecord Record { get; private set; } = null!;

    public string UpdatedByName { get; private set; } = "";

    public bool CanSign { get; private set; }

    public bool CanReturn { get; private set; }

    /// <summary>The record as it would be published now, without exemptions: the value, the notes and the approval blocks as the public would read them.</summary>
    public PublishedDecision Preview { get; private set; } = null!;

    public string CurrentHash { get; private set; } = "";

    public bool CanExplainNotes { get; private set; }

    public NoticeSummary Notice { get; private set; } = null!;

    /// <summary>Why the record can be signed no further and not published: its content is not what a valid signature signed.</summary>
    public string? SignaturesDoNotBind { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        UpdatedByName = await db.DisplayNameOfAsync(record.UpdatedByUserId, cancellationToken);
        CanSign = record.CurrentStep is { } step && (await authorization.AuthorizeAsync(User, record, new SignStepRequirement(step))).Succeeded;
        CanReturn = (await authorization.AuthorizeAsync(User, record, RecordOperation.Return)).Succeeded;
        Preview = PublishedDecision.Preview(record);
        Notice = new NoticeSummary(record, await notices.ForAsync(record, cancellationToken), UkTime.Today(time));
        CurrentHash = CanonicalContent.Hash(record);
        try
        {
            record.EnsureSignaturesBindContent();
        }
        catch (DomainException unbound)
        {
            SignaturesDoNotBind = unbound.Message;
        }

        CanExplainNotes = (await authorization.AuthorizeAsync(User, record, RecordOperation.ExplainNote)).Succeeded && record.Status is not (DecisionStatus.Withdrawn or DecisionStatus.Unpublished);
        return Page();
    }
}
