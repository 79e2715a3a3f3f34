using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.ForwardPlan;

/// <summary>
/// The public forward plan: what the office intends to decide, by month, with each item's history. An exempt item
/// shows only the matter in general terms and the reason it is exempt.
/// </summary>
[AllowAnonymous]
public class IndexModel(Services.ForwardPlan plan, Services.PublicRegister register, TimeProvider time) : PageModel
{
    public IReadOnlyList<PlanItem> Items { get; private set; } = [];

    /// <summary>The published version of each decision taken from the plan, by record: only what the register publishes.</summary>
    public IReadOnlyDictionary<Guid, PublishedVersion> Decisions { get; private set; } = new Dictionary<Guid, PublishedVersion>();

    public PlanItemView View(PlanItem item) => new(item, IsNew(item), item.DecisionRecordId is { } id ? Decisions.GetValueOrDefault(id) : null);

    public DateTimeOffset Now { get; private set; }

    public int NewForDays => plan.NewForDays;

    public bool IsNew(PlanItem item) => plan.IsNew(item.FirstPublishedAt, Now);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Items = await plan.ItemsAsync(cancellationToken);
        var records = Items.Where(i => i.DecisionRecordId is not null).Select(i => i.DecisionRecordId!.Value).ToList();
        Decisions = records.Count == 0 ? new Dictionary<Guid, PublishedVersion>()
            : await register.Latest().Where(v => records.Contains(v.DecisionRecordId)).ToDictionaryAsync(v => v.DecisionRecordId, cancellationToken);
    }
}
