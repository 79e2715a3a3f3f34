using System.Text;

namespace DecisionRecords.Web.Services.Import;

public static class ImportReport
{
    public static string Markdown(IReadOnlyList<ImportOutcome> outcomes, bool dryRun)
    {
        var text = new StringBuilder();
        text.AppendLine(dryRun ? "# Import report (dry run: nothing was written)" : "# Import report").AppendLine();
        text.AppendLine($"{outcomes.Count(o => o.Imported)} of {outcomes.Count} documents {(dryRun ? "would be imported" : "imported")}.").AppendLine();
        foreach (var outcome in outcomes)
        {
            text.AppendLine($"## {Path.GetFileName(outcome.Source)}").AppendLine();
            text.AppendLine(outcome.Imported ? $"Imported as {outcome.Reference}." : $"Refused: {outcome.Refusal}.").AppendLine();
            if (outcome.Discrepancies.Count > 0)
            {
                text.AppendLine("Discrepancies:").AppendLine();
                foreach (var discrepancy in outcome.Discrepancies)
                {
                    text.AppendLine($"- {discrepancy}");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
