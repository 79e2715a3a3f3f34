using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.ForwardPlan;

/// <summary>Every item on the forward plan, as officers see it: exempt matters included.</summary>
public class IndexModel(Services.ForwardPlan plan, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PlanItem> Items { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await plan.ItemsAsync(cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Draft)).Succeeded;
    }
}
