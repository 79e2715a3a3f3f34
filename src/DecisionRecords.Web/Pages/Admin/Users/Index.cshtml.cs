using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Users;

public class IndexModel(DecisionRecordsDbContext db) : PageModel
{
    private ILookup<string, string> _roles = Array.Empty<string>().ToLookup(r => r);

    public IReadOnlyList<ApplicationUser> Users { get; private set; } = [];

    public IEnumerable<string> RolesOf(string userId) => _roles[userId];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        _roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(x => x.UserId, x => x.Name!);
    }
}
