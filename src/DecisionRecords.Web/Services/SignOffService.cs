using System.Security.Claims;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

public enum SignOffOutcome
{
    Done,
    NotFound,

    /// <summary>Someone else acted on the record first: already signed, returned or changed.</summary>
    Conflict,

    /// <summary>This user may not take this step; the message says why.</summary>
    Forbidden,

    /// <summary>The password or security code given to confirm the signature was wrong.</summary>
    BadCredential,
}

public sealed record SignOffResult(SignOffOutcome Outcome, string? Message = null)
{
    public static readonly SignOffResult Done = new(SignOffOutcome.Done);
    public static readonly SignOffResult NotFound = new(SignOffOutcome.NotFound);
    public static readonly SignOffResult Conflict = new(SignOffOutcome.Conflict, "Someone else has acted on this record since you opened it. Check where it is now");
}

/// <summary>The sign-off sequence: submit, advice, determination, decision, release; and returns and withdrawals.</summary>
public class SignOffService(
    DecisionRecordsDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    AuditLog audit,
    Notifications notifications,
    TimeProvider time,
    Publisher publisher,
    IOptions<SignOffOptions> options,
    IHttpContextAccessor httpContextAccessor)
{
    public static IReadOnlyList<string> RolesFor(SignOffStep step) => step switch
    {
        SignOffStep.Advice => [Roles.ChiefExecutive, Roles.ChiefFinanceOfficer],
        SignOffStep.Determination => [Roles.MonitoringOfficer],
        SignOffStep.Decision => [Roles.Commissioner],
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private ClaimsPrincipal Principal => httpContextAccessor.HttpContext?.User ?? throw new InvalidOperationException("No signed-in user.");

    private string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public Task<DecisionRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Load().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Why the signed-in user may not sign the record's current step, or null when they may.</summary>
    public string? WhyCannotSign(DecisionRecord record)
    {
        if (record.CurrentStep is not { } step)
        {
            return $"Record {record.Reference} is not waiting for a signature.";
        }

        if (!RolesFor(step).Any(Principal.IsInRole))
        {
            return $"Only the {step.DisplayName()} can sign this step.";
        }

        var settings = options.Value;
        if (settings.SeparateDuties && record.ValidSignatures.Any(s => s.UserId == UserId))
        {
            return "You have already signed another step of this record; someone else must sign this one.";
        }

        if (settings.AuthorCannotAdvise && step == SignOffStep.Advice && record.CreatedByUserId == UserId)
        {
            return "You wrote this record, so someone else must confirm the advice.";
        }

        return null;
    }

    /// <summary>Whether the signed-in user may return the record: whoever may act on the current step.</summary>
    public bool CanReturn(DecisionRecord record) => record.CurrentStep is { } step && RolesFor(step).Any(Principal.IsInRole);

    public Task<SignOffResult> SubmitAsync(Guid id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, async record =>
        {
            var missing = record.MissingForSubmission();
            if (missing.Count > 0)
            {
                return new SignOffResult(SignOffOutcome.Forbidden, string.Join(". ", missing));
            }

            record.Submit(time.GetUtcNow());
            audit.Add(AuditEventTypes.RecordSubmitted, record.Id, $"Submitted {record.Reference} for sign-off; content hash {CanonicalContent.Hash(record)}");
            await notifications.ToRolesAsync(RolesFor(SignOffStep.Advice), $"{record.Reference} is waiting for your advice",
                $"{record.Reference} {record.Title} has been submitted for sign-off.\n\nConfirm the advice, or return it to the author:\n{notifications.RecordUrl(record.Id)}\n", cancellationToken);
            return SignOffResult.Done;
        }, cancellationToken);

    public Task<SignOffResult> AdviseAsync(Guid id, int version, string credential, CancellationToken cancellationToken) =>
        SignAsync(id, version, credential, SignOffStep.Advice, async (record, signature) =>
        {
            record.SignAdvice(signature);
            audit.Add(AuditEventTypes.AdviceSigned, record.Id, $"{signature.SignerName}, {signature.SignerJobTitle}, confirmed the advice; content hash {signature.ContentHash}");
            await notifications.ToRolesAsync(RolesFor(SignOffStep.Determination), $"{record.Reference} is waiting for your determination",
                $"{record.Reference} {record.Title} needs the publication-scheme determination:\n{notifications.RecordUrl(record.Id)}\n", cancellationToken);
        }, cancellationToken);

    public Task<SignOffResult> DetermineAsync(Guid id, int version, string credential, Determination determination, IReadOnlyDictionary<Guid, string> exemptions, CancellationToken cancellationToken) =>
        SignAsync(id, version, credential, SignOffStep.Determination, async (record, signature) =>
        {
            record.Determine(determination, exemptions, signature);
            audit.Add(AuditEventTypes.DeterminationSigned, record.Id,
                $"{signature.SignerName} determined: publish record {YesNo(determination.PublishRecord == true)}, report {YesNo(determination.PublishReport == true)}, " +
                $"details {YesNo(determination.PublishDetails == true)}; {exemptions.Count} exemptions; reasons: {determination.Reasons ?? "none"}; content hash {signature.ContentHash}");
            await notifications.ToRolesAsync(RolesFor(SignOffStep.Decision), $"{record.Reference} is waiting for your decision",
                $"{record.Reference} {record.Title} is ready for your decision:\n{notifications.RecordUrl(record.Id)}\n", cancellationToken);
        }, cancellationToken);

    public Task<SignOffResult> DecideAsync(Guid id, int version, string credential, DecisionOutcome outcome, string? comments, DateOnly decisionDate, DateOnly publishOn, CancellationToken cancellationToken) =>
        SignAsync(id, version, credential, SignOffStep.Decision, async (record, signature) =>
        {
            record.Decide(outcome, comments, decisionDate, publishOn, signature);
            audit.Add(AuditEventTypes.DecisionSigned, record.Id,
                $"{signature.SignerName} recorded the decision: {outcome.DisplayName()} on {UkTime.FormatDate(decisionDate)}; publish on {UkTime.FormatDate(publishOn)}; content hash {signature.ContentHash}");
            await notifications.ToUserAsync(record.CreatedByUserId, $"{record.Reference} has been decided",
                $"The Commissioner's decision on {record.Reference} {record.Title}: {outcome.DisplayName()}.\n{notifications.RecordUrl(record.Id)}\n", cancellationToken);
            if (record.IsDueForRelease(UkTime.Today(time)))
            {
                await ReleaseAsync(record, cancellationToken);
            }
        }, cancellationToken);

    public Task<SignOffResult> ReturnAsync(Guid id, int version, string comment, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, async record =>
        {
            if (!CanReturn(record))
            {
                return new SignOffResult(SignOffOutcome.Forbidden, record.CurrentStep is { } step
                    ? $"Only the {step.DisplayName()} can return this record now."
                    : $"Record {record.Reference} is not in sign-off.");
            }

            var voided = record.ValidSignatures.Count();
            var name = await DisplayNameAsync(cancellationToken);
            record.Return(comment, name, time.GetUtcNow());
            audit.Add(AuditEventTypes.RecordReturned, record.Id, $"{name} returned the record to its author; {voided} signatures void. Comment: {comment.Trim()}");
            await notifications.ToUserAsync(record.CreatedByUserId, $"{record.Reference} has been returned to you",
                $"{name} returned {record.Reference} {record.Title} to you:\n\n{comment.Trim()}\n\n{notifications.RecordUrl(record.Id)}\n", cancellationToken);
            return SignOffResult.Done;
        }, cancellationToken);

    public Task<SignOffResult> WithdrawAsync(Guid id, int version, string reason, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, record =>
        {
            record.Withdraw(reason, time.GetUtcNow());
            audit.Add(AuditEventTypes.RecordWithdrawn, record.Id, $"Withdrawn: {reason.Trim()}");
            return Task.FromResult(SignOffResult.Done);
        }, cancellationToken);

    public Task<SignOffResult> ReopenForAmendmentAsync(Guid id, int version, string changeNote, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, async record =>
        {
            var name = await DisplayNameAsync(cancellationToken);
            record.ReopenForAmendment(changeNote, name, time.GetUtcNow());
            audit.Add(AuditEventTypes.RecordReopened, record.Id, $"{name} reopened the published record for amendment: {changeNote.Trim()}");
            return SignOffResult.Done;
        }, cancellationToken);

    public Task<SignOffResult> UnpublishAsync(Guid id, int version, string explanation, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, async record =>
        {
            record.Unpublish(explanation, time.GetUtcNow());
            await publisher.FreezeAsync(record, time.GetUtcNow(), $"Unpublished: {explanation.Trim()}", cancellationToken);
            audit.Add(AuditEventTypes.RecordUnpublished, record.Id, $"Unpublished {record.Reference}: {explanation.Trim()}");
            return SignOffResult.Done;
        }, cancellationToken);

    /// <summary>
    /// The Monitoring Officer's public explanation of a note. On a published record the public reads it at once: the
    /// record gets a new published version with the same content, its signatures untouched (notes are not content).
    /// </summary>
    public Task<SignOffResult> ExplainNoteAsync(Guid id, Guid noteId, int version, string? explanation, CancellationToken cancellationToken) =>
        ActAsync(id, version, null, async record =>
        {
            var name = await DisplayNameAsync(cancellationToken);
            var note = record.ExplainNote(noteId, explanation, name, time.GetUtcNow());
            audit.Add(AuditEventTypes.NoteExplained, record.Id, note.PublicExplanation is null
                ? $"{name} removed the explanation of note {note.Position + 1}"
                : $"{name} explained note {note.Position + 1}: {note.PublicExplanation}");
            if (record.Status == DecisionStatus.Published)
            {
                var published = await publisher.FreezeAsync(record, time.GetUtcNow(), "The Monitoring Officer explained a note on this record.", cancellationToken);
                audit.Add(AuditEventTypes.RecordPublished, record.Id, $"Published {record.Reference} (version {published.Number}): {published.ChangeNote}");
            }

            return SignOffResult.Done;
        }, cancellationToken);

    /// <summary>Publishes, or records as withheld, every decided record whose publication day has come.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var due = await Load().Where(r => r.Status == DecisionStatus.Decided && r.PublishOn <= today).ToListAsync(cancellationToken);
        foreach (var record in due)
        {
            await ReleaseAsync(record, cancellationToken);
            record.Touch(record.UpdatedByUserId, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }

    private async Task ReleaseAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (record.Determination?.PublishRecord == true)
        {
            record.Publish(now);
            var version = await publisher.FreezeAsync(record, now, record.TakeChangeNote(), cancellationToken);
            audit.Add(AuditEventTypes.RecordPublished, record.Id, null, null,
                $"Published {record.Reference} (version {version.Number}){(version.ChangeNote is null ? "" : $": {version.ChangeNote}")}");
            await notifications.ToUserAsync(record.CreatedByUserId, $"{record.Reference} has been published", $"{record.Reference} {record.Title} is now published.\n", cancellationToken);
        }
        else
        {
            record.Withhold(now);
            await publisher.FreezeAsync(record, now, record.TakeChangeNote(), cancellationToken);
            audit.Add(AuditEventTypes.RecordWithheld, record.Id, null, null, $"Recorded {record.Reference} as withheld: {record.Determination?.Reasons}");
            await notifications.ToUserAsync(record.CreatedByUserId, $"{record.Reference} is withheld from publication", $"{record.Reference} {record.Title} is recorded as withheld.\n", cancellationToken);
        }
    }

    private async Task<SignOffResult> SignAsync(Guid id, int version, string credential, SignOffStep step, Func<DecisionRecord, Signature, Task> sign, CancellationToken cancellationToken) =>
        await ActAsync(id, version, step, async record =>
        {
            if (WhyCannotSign(record) is { } reason)
            {
                return new SignOffResult(SignOffOutcome.Forbidden, reason);
            }

            var user = await users.FindByIdAsync(UserId) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
            var (problem, confirmation) = await CheckCredentialAsync(user, credential);
            if (problem is not null)
            {
                return new SignOffResult(SignOffOutcome.BadCredential, problem);
            }

            // Name and job title as they are today: office holders change, and the signature must not.
            var signature = Signature.Electronic(Guid.NewGuid(), record.Id, step, user.Id, user.DisplayName, user.JobTitle, time.GetUtcNow(), CanonicalContent.Hash(record), confirmation);
            await sign(record, signature);
            return SignOffResult.Done;
        }, cancellationToken);

    private async Task<(string? Problem, SignatureConfirmation Confirmation)> CheckCredentialAsync(ApplicationUser user, string credential)
    {
        var code = credential.Replace(" ", "", StringComparison.Ordinal);
        if (options.Value.RequireTwoFactor && !user.TwoFactorEnabled)
        {
            return ("Turn on two-factor sign-in in Account security before you sign", SignatureConfirmation.Authenticator);
        }

        if (user.TwoFactorEnabled && code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            return (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
                ? null
                : "Enter the code your authenticator app shows now", SignatureConfirmation.Authenticator);
        }

        if (options.Value.RequireTwoFactor)
        {
            return ("Enter the 6-digit code from your authenticator app", SignatureConfirmation.Authenticator);
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, credential, lockoutOnFailure: true);
        return (result.Succeeded ? null : result.IsLockedOut ? "Your account is locked after too many failed attempts" : "Enter your correct password", SignatureConfirmation.Password);
    }

    private async Task<SignOffResult> ActAsync(Guid id, int version, SignOffStep? step, Func<DecisionRecord, Task<SignOffResult>> act, CancellationToken cancellationToken)
    {
        var record = await Load().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SignOffResult.NotFound;
        }

        if (record.Version != version || (step is not null && record.CurrentStep != step))
        {
            return SignOffResult.Conflict;
        }

        var result = await act(record);
        if (result.Outcome != SignOffOutcome.Done)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        record.Touch(UserId, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SignOffResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two signers at once, or a double click: the other request signed first.
            db.ChangeTracker.Clear();
            return SignOffResult.Conflict;
        }
    }

    private async Task<string> DisplayNameAsync(CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);

    private IQueryable<DecisionRecord> Load() => db.WholeRecords();

    private static string YesNo(bool value) => value ? "Yes" : "No";
}
