using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// A category for an imported record, which the original never gives, suggested from the organisations its funding
/// lines name: the category of the most other published records that fund the same organisations. It is only ever
/// offered to an officer, who chooses; the register never files a record by a suggestion alone.
/// </summary>
public class CategorySuggestions(DecisionRecordsDbContext db, IOptions<OrganisationOptions> organisation)
{
    private const int OrganisationsAsked = 20;

    public async Task<CategorySuggestion?> ForAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        var names = FundingOrganisations.Of(record.FundingTables.Select(t => PublishedTable.From(t))).Take(OrganisationsAsked).ToList();
        var votes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var marker = $"|{name}|";
            var categories = await db.PublishedVersions.AsNoTracking()
                .Where(v => v.IsLatest && v.Category != null && v.DecisionRecordId != record.Id && v.Organisations.Contains(marker))
                .Select(v => v.Category!)
                .Distinct()
                .ToListAsync(cancellationToken);
            foreach (var category in categories.Where(organisation.Value.Categories.Contains))
            {
                (votes.TryGetValue(category, out var funded) ? funded : votes[category] = new SortedSet<string>(StringComparer.OrdinalIgnoreCase)).Add(name);
            }
        }

        return votes.OrderByDescending(v => v.Value.Count).ThenBy(v => organisation.Value.Categories.IndexOf(v.Key)).Select(v => new CategorySuggestion(v.Key, v.Value.ToList())).FirstOrDefault();
    }
}
