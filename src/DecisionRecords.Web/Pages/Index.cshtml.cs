using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages;

[AllowAnonymous]
[PublicResponse]
public class IndexModel(IOptions<OrganisationOptions> organisation, PublicRegister register) : PageModel
{
    public string OfficeName => organisation.Value.OfficeName;

    public string CommissionerTitle => organisation.Value.CommissionerTitle;

    public IReadOnlyList<PublishedVersion> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Latest = await register.Latest().OrderByDescending(v => v.DecisionDate).ThenByDescending(v => v.Reference).Take(5).ToListAsync(cancellationToken);
}
