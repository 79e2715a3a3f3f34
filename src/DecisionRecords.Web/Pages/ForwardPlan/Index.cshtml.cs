using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>
/// The public forward plan: what the office intends to decide, by month, with each item's history. An exempt item
/// shows only the matter in general terms and the reason it is exempt.
/// </summary>
[AllowAnonymous]
public class IndexModel(Services.ForwardPlan plan, TimeProvider time) : PageModel
{
    public IReadOnlyList<PlanItem> Items { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public int NewForDays => plan.NewForDays;

    public bool IsNew(PlanItem item) => plan.IsNew(item.FirstPublishedAt, Now);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Items = await plan.ItemsAsync(cancellationToken);
    }
}
