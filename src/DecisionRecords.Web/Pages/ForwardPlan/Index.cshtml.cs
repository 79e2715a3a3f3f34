using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>
/// The public forward plan: what the office intends to decide, by month, with each item's history. An exempt item
/// shows only the matter in general terms and the reason it is exempt.
/// </summary>
[AllowAnonymous]
public class IndexModel(Services.ForwardPlan plan, IOptions<OrganisationOptions> organisation, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public PlanFilter Filter { get; set; } = new();

    public PublicPlan Plan { get; private set; } = new([], new Dictionary<Guid, PublishedVersion>(), 0);

    public IReadOnlyList<PlanItem> Items => Plan.Items;

    public IReadOnlyList<string> Categories => organisation.Value.Categories;

    public PlanItemView View(PlanItem item) => new(item, IsNew(item), Plan.DecisionOf(item));

    public DateTimeOffset Now { get; private set; }

    public int NewForDays => plan.NewForDays;

    public bool IsNew(PlanItem item) => plan.IsNew(item.FirstPublishedAt, Now);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Plan = await plan.PublicAsync(Filter, cancellationToken);
    }
}
