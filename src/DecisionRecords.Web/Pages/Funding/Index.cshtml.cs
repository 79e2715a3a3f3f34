using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Funding;

public sealed record BarChart(string Id, string Title, IReadOnlyList<(string Label, long Pence)> Bars);

/// <summary>Published commitments added up by financial year and by category, from the same published lines as the open data.</summary>
[AllowAnonymous]
[Infrastructure.PublicResponse]
public class IndexModel(PublicRegister register) : PageModel
{
    public IReadOnlyList<(string Label, long Pence)> ByYear { get; private set; } = [];

    public IReadOnlyList<(string Label, long Pence)> ByCategory { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var years = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var categories = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await foreach (var version in register.Latest().Where(v => !v.IsStub).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var content = PublishedDecision.FromJson(version.ContentJson);
            foreach (var line in content.Tables.Where(t => t.IncludeInTotal).SelectMany(t => t.Lines))
            {
                foreach (var (year, pence) in line.AmountsPence)
                {
                    years[year] = years.GetValueOrDefault(year) + pence;
                }
            }

            if (version.TotalCommitmentPence is { } total)
            {
                var category = version.Category ?? "Uncategorised";
                categories[category] = categories.GetValueOrDefault(category) + total;
            }
        }

        ByYear = years.Select(y => (y.Key, y.Value)).ToList();
        ByCategory = categories.Select(c => (c.Key, c.Value)).ToList();
    }
}
