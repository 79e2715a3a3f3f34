namespace DecisionRecords.Web.Services;

/// <summary>
/// What the accessibility statement says of the office that runs this instance: how to reach it, and when the
/// statement was prepared and last reviewed. The regulations require both; in Production the service does not start
/// without a contact address and a preparation date.
/// </summary>
public class AccessibilityOptions
{
    public const string Section = "Accessibility";

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactAddress { get; set; }

    public DateOnly? StatementPreparedOn { get; set; }

    public DateOnly? StatementReviewedOn { get; set; }

    /// <summary>When a person last tested the service against WCAG 2.2 AA, beyond the automated checks on every change.</summary>
    public DateOnly? LastTestedOn { get; set; }

    public bool IsComplete => !string.IsNullOrWhiteSpace(ContactEmail) && StatementPreparedOn is not null;
}
