using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>Who held an office on a date, from the history administrators keep.</summary>
public class OfficeHolderDirectory(DecisionRecordsDbContext db)
{
    public async Task<OfficeHolder?> HolderOnAsync(Office office, DateOnly date, CancellationToken cancellationToken = default) =>
        (await db.OfficeHolders.AsNoTracking().Where(h => h.Office == office && h.From <= date).ToListAsync(cancellationToken))
            .Where(h => h.HeldOn(date))
            .OrderByDescending(h => h.From)
            .FirstOrDefault();
}
