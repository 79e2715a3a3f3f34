using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

/// <summary>The Monitoring Officer's answers as the form posts them: to sign, and to preview what the public would see.</summary>
public class DeterminationForm
{
    public string? PublishRecord { get; set; }

    public string? PublishReport { get; set; }

    public string? PublishDetails { get; set; }

    public string? Reasons { get; set; }

    public List<string> Legislation { get; set; } = [];

    /// <summary>Reasons keyed by the id of a funding table, line or attachment; blank means publish it.</summary>
    public Dictionary<Guid, string?> Exemptions { get; set; } = [];

    /// <summary>A record that is not to be published publishes neither its report nor its details: those questions are not asked.</summary>
    public bool RecordWithheld => PublishRecord == "no";

    public bool AnswersAllYes => PublishRecord == "yes" && PublishReport == "yes" && PublishDetails == "yes";

    public bool IsAnswered => RecordWithheld || (PublishRecord == "yes" && PublishReport is "yes" or "no" && PublishDetails is "yes" or "no");

    public Determination ToDetermination() => new()
    {
        PublishRecord = PublishRecord == "yes",
        PublishReport = !RecordWithheld && PublishReport == "yes",
        PublishDetails = !RecordWithheld && PublishDetails == "yes",
        Reasons = string.IsNullOrWhiteSpace(Reasons) ? null : Reasons.Trim(),
        Legislation = Legislation.Where(l => Domain.Legislation.All.Any(x => x.Code == l)).Distinct().ToList(),
    };

    public Dictionary<Guid, string> ExemptionsGiven() =>
        Exemptions.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!.Trim());
}
