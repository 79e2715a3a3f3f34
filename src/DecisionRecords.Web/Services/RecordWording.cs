using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The words the register uses for what a record holds, and for what it does not: one place for each.</summary>
public static class RecordWording
{
    public const string NotOnOriginal = "No answer recorded on the original record";

    public const string NotWritten = "Not written on the original record";

    /// <summary>A detail the record does not give, in the same words on the page and in the PDF.</summary>
    public static string NotGiven(bool imported) => imported ? NotWritten : "Not recorded";

    /// <summary>A Monitoring Officer's answer: Yes, No, or plainly blank where an imported record leaves it so.</summary>
    public static string Answer(bool? answer, bool determined = true) => answer switch
    {
        true => "Yes",
        false => "No",
        null => determined ? NotOnOriginal : "Not yet determined",
    };

    /// <summary>The reasons for non-publication as recorded; "None" for a record made here that withholds nothing.</summary>
    public static string Reasons(PublishedAnswers? answers, RecordOrigin origin) => answers switch
    {
        null => "Not yet determined",
        { Reasons: { } reasons } => reasons,
        _ when origin == RecordOrigin.Imported => NotOnOriginal,
        _ => "None",
    };

    public static string Outcome(DecisionOutcome? outcome, bool published = true) =>
        !published ? "Not published" : outcome?.DisplayName() ?? "";

    /// <summary>What a decision's figure is: money it commits only where the Commissioner supported it.</summary>
    public static string ValueLabel(DecisionOutcome? outcome) =>
        outcome == DecisionOutcome.NotSupported ? "Proposed value (not supported)" : "Value of the decision";

    /// <summary>Said wherever the figure of a decision that was not supported appears: it is no commitment.</summary>
    public const string NotSupportedCommitsNothing = "The Commissioner did not support this decision, so it commits no money.";

    /// <summary>For open data: whether the value is money committed, proposed and not supported, or not known.</summary>
    public static string ValueStatus(DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Supported => "committed",
        DecisionOutcome.NotSupported => "proposed, not supported",
        _ => "not known: the decision is not published",
    };

    /// <summary>The outcome as a listing of the register shows it: "Not published" for a withheld record or one whose details are withheld.</summary>
    public static string Outcome(PublishedVersion version) =>
        version.IsStub ? "Not published" : Outcome(version.Outcome, version.Outcome is not null);

    /// <summary>Who signed, as the record shows it: a paper signature names only what the paper writes, and marks an inferred name.</summary>
    public static string Signer(PublishedSignature signature) => signature switch
    {
        { Name: null } => NotWritten,
        { NameInferred: true } => $"{signature.Name} (name not written on the original; {signature.NameRule ?? "inferred"})",
        _ => signature.Name!,
    };

    public static string SignedOn(PublishedSignature signature) => signature switch
    {
        { SignedAt: { } at } => UkTime.FormatDateTime(at),
        { DatedOn: { } date } => UkTime.FormatDate(date),
        _ => NotWritten,
    };

    public static string Confirmation(SignatureConfirmation confirmation) => confirmation switch
    {
        SignatureConfirmation.Password => "confirmed with their password",
        SignatureConfirmation.Authenticator => "confirmed with a code from their authenticator app",
        _ => "signed on paper",
    };

    public static string Placement(TablePlacement placement) => placement switch
    {
        TablePlacement.SummaryOfIssue => "In the summary of issue",
        TablePlacement.Recommendations => "In the recommendations presented",
        TablePlacement.KeyDiscussionPoints => "In the key discussion points",
        _ => "As an appendix, after the decision",
    };

    public static string Role(TableRole? role) => role switch
    {
        TableRole.Commitment => "Money this decision commits",
        TableRole.Breakdown => "A breakdown of money counted elsewhere",
        TableRole.Context => "Figures for comparison or context",
        TableRole.Income => "Money the office receives",
        _ => "Not known",
    };
}
