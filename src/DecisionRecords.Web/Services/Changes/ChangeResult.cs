using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Changes;

/// <param name="Field">For a refusal, the form field it is about, where it is about one.</param>
/// <param name="Current">The record as it now stands: after a change, or as someone else left it after a conflict.</param>
public sealed record ChangeResult(ChangeOutcome Outcome, string? Message = null, string? Field = null, DecisionRecord? Current = null)
{
    public const string ConflictMessage = "Someone else has acted on this record since you opened it. Check where it is now";

    public static readonly ChangeResult NotFound = new(ChangeOutcome.NotFound);

    public static ChangeResult Done(DecisionRecord record) => new(ChangeOutcome.Done, Current: record);

    public static ChangeResult Conflict(DecisionRecord? current) => new(ChangeOutcome.Conflict, ConflictMessage, Current: current);

    public static ChangeResult Forbidden(string message) => new(ChangeOutcome.Forbidden, message);

    public static ChangeResult Refused(string message, string? field) => new(ChangeOutcome.Refused, message, field);
}
