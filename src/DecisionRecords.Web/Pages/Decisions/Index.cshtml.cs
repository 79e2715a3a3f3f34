using System.Globalization;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Decisions;

[AllowAnonymous]
[PublicResponse]
public class IndexModel(PublicRegister register, IOptions<OrganisationOptions> organisation, IOptions<PublicSiteOptions> site, Links links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "financial-year")]
    public string? FinancialYear { get; set; }

    [BindProperty(SupportsGet = true, Name = "funding-year")]
    public string? FundingYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Min { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Max { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public int PageNumber { get; private set; } = 1;

    /// <summary>How many filters other than the search words are in use: the filter toggle on a phone says so.</summary>
    public int FiltersApplied => new[] { Year, FinancialYear, FundingYear, Category, Outcome, Min, Max, Organisation }.Count(f => !string.IsNullOrWhiteSpace(f));

    public IReadOnlyList<PublishedVersion> Results { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => (int)Math.Ceiling(Total / (double)site.Value.PageSize);

    public IReadOnlyList<string> Categories => organisation.Value.Categories;

    public IReadOnlyList<string> Organisations { get; private set; } = [];

    public IReadOnlyList<string> FundingYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = ToQuery();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        PageNumber = query.Page;
        (Results, Total) = await register.SearchAsync(query, cancellationToken);
        Organisations = await register.OrganisationsAsync(cancellationToken);
        FundingYears = await register.FundingYearsAsync(cancellationToken);
        return Page();
    }

    /// <summary>Reads the query string; a value that cannot be understood gets a message next to its filter.</summary>
    private RegisterQuery ToQuery()
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2200)
            {
                year = y;
            }
            else
            {
                ModelState.AddModelError("year", "Enter a year like 2024");
            }
        }

        if (!string.IsNullOrWhiteSpace(FinancialYear) && !Domain.FinancialYear.TryNormalise(FinancialYear, out _))
        {
            ModelState.AddModelError("financial-year", "Enter a financial year like 2019/20");
        }

        if (!string.IsNullOrWhiteSpace(FundingYear) && !Domain.FinancialYear.TryNormalise(FundingYear, out _))
        {
            ModelState.AddModelError("funding-year", "Enter a financial year like 2020/21");
        }

        DecisionOutcome? outcome = null;
        if (!string.IsNullOrWhiteSpace(Outcome))
        {
            if (Enum.TryParse<DecisionOutcome>(Outcome, ignoreCase: true, out var o) && Enum.IsDefined(o))
            {
                outcome = o;
            }
            else
            {
                ModelState.AddModelError("outcome", "Select Supported or Not supported");
            }
        }

        long? Amount(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Money.TryParsePence(text, out var pence))
            {
                return pence;
            }

            ModelState.AddModelError(field, "Enter an amount in pounds, like 10,000");
            return null;
        }

        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? Math.Min(p, 10_000) : 1;
        return new RegisterQuery(Q, year, FinancialYear, FundingYear, Category, outcome, Amount(Min, "min"), Amount(Max, "max"), Organisation, page);
    }

    /// <summary>
    /// Sign up for emails about this view of the register: its words and filters, not its page. An organisation is
    /// carried only when the register knows it, and a category only when it is configured, as the filters only offer those.
    /// </summary>
    public string AlertsUrl() => links.AlertsSubscribe(View());

    /// <summary>The Atom feed of this view of the register: the same words and filters as its email alerts.</summary>
    public string FeedUrl() => links.Feed(View());

    public bool IsFiltered => View().Values.Any(v => v is string { Length: > 0 });

    private Dictionary<string, object?> View() => new()
    {
        ["q"] = Q,
        ["category"] = Categories.FirstOrDefault(c => c == Category),
        ["organisation"] = Organisations.FirstOrDefault(o => string.Equals(o, Organisation?.Trim(), StringComparison.OrdinalIgnoreCase)),
        ["funding-year"] = FundingYear,
        ["outcome"] = Outcome,
    };

    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["year"] = Year,
            ["financial-year"] = FinancialYear,
            ["funding-year"] = FundingYear,
            ["category"] = Category,
            ["outcome"] = Outcome,
            ["min"] = Min,
            ["max"] = Max,
            ["organisation"] = Organisation,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return links.Register(new RouteValueDictionary(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, object?>(v.Key, v.Value))));
    }
}
