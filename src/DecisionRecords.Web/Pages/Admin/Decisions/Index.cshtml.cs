using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public class IndexModel(DecisionRecordsDbContext db, Links links) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DecisionStatus? Status { get; set; }

    /// <summary>Only imported records in the register or awaiting review that no officer has categorised yet.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Uncategorised { get; set; }

    /// <summary>From the "page" query parameter, which Razor Pages reserves as a route value and so cannot bind.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<DecisionRecord> Records { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => (int)Math.Ceiling(TotalCount / (double)PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.DecisionRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            var slug = DecisionReference.ToSlug(term);
            query = query.Where(r => r.Title.Contains(term) || r.Reference.Contains(term) || (slug.Length > 0 && r.Slug.Contains(slug)));
        }

        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (Uncategorised)
        {
            query = query.Where(r => r.Origin == RecordOrigin.Imported && r.Category == null
                && (r.Status == DecisionStatus.Published || r.Status == DecisionStatus.AwaitingReview));
        }

        TotalCount = await query.CountAsync(cancellationToken);
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, Math.Max(1, PageCount))
            : 1;
        Records = await query
            .OrderByDescending(r => r.UpdatedAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            query["q"] = Q;
        }

        if (Status is not null)
        {
            query["status"] = Status.ToString();
        }

        if (Uncategorised)
        {
            query["uncategorised"] = "true";
        }

        return links.Records(new RouteValueDictionary(query));
    }
}
