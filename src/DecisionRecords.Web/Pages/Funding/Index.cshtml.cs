using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Funding;

/// <summary>
/// Published commitments added up by financial year and by category, from the same published lines as the open data:
/// only amounts that count towards a decision's value, never a breakdown or figures for comparison.
/// </summary>
[AllowAnonymous]
[Infrastructure.PublicResponse]
public class IndexModel(PublicRegister register) : PageModel
{
    public IReadOnlyList<(string Label, long Pence)> ByYear { get; private set; } = [];

    public IReadOnlyList<(string Label, long Pence)> ByCategory { get; private set; } = [];

    /// <summary>Decisions left out because the Commissioner did not support them, and what they proposed.</summary>
    public (int Count, long Pence) NotSupported { get; private set; }

    /// <summary>Decisions left out because whether they were supported is not published.</summary>
    public int OutcomeNotPublished { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var years = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var categories = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await foreach (var version in register.Latest().Where(v => !v.IsStub).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A decision commits money only where the Commissioner supported it.
            if (version.Outcome != Domain.DecisionOutcome.Supported)
            {
                if (version.Outcome == Domain.DecisionOutcome.NotSupported)
                {
                    NotSupported = (NotSupported.Count + 1, NotSupported.Pence + (version.ValuePence ?? 0));
                }
                else
                {
                    OutcomeNotPublished++;
                }

                continue;
            }

            var content = PublishedDecision.FromJson(version.ContentJson);
            foreach (var table in content.Tables.Where(t => t.Role == Domain.TableRole.Commitment && t.RedactedReason is null))
            {
                foreach (var (key, pence) in table.Lines.SelectMany(l => l.AmountsPence).Where(a => table.Counts(a.Key)))
                {
                    var year = Domain.AmountColumnKey.YearOf(key);
                    years[year] = years.GetValueOrDefault(year) + pence;
                }
            }

            if (version.ValuePence is { } total)
            {
                var category = version.Category ?? "Uncategorised";
                categories[category] = categories.GetValueOrDefault(category) + total;
            }
        }

        ByYear = years.Select(y => (y.Key, y.Value)).ToList();
        ByCategory = categories.Select(c => (c.Key, c.Value)).ToList();
    }
}
