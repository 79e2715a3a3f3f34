using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>Who held an office on a date, from the history administrators keep.</summary>
public class OfficeHolderDirectory(DecisionRecordsDbContext db, AuditLog audit)
{
    public async Task<OfficeHolder?> HolderOnAsync(Office office, DateOnly date, CancellationToken cancellationToken = default) =>
        (await db.OfficeHolders.AsNoTracking().Where(h => h.Office == office && h.From <= date).ToListAsync(cancellationToken))
            .Where(h => h.HeldOn(date))
            .OrderByDescending(h => h.From)
            .FirstOrDefault();

    /// <summary>Adds a holder (id null) or changes one read at <paramref name="version"/>; the holder as it now stands, or null when not found.</summary>
    public async Task<(ChangeOutcome Outcome, OfficeHolder? Holder)> SaveAsync(
        ActingContext actor, Guid? id, int version, Office office, string name, string jobTitle, DateOnly from, DateOnly? to, CancellationToken cancellationToken)
    {
        OfficeHolder holder;
        if (id is null)
        {
            holder = new OfficeHolder(Guid.NewGuid(), office, name, jobTitle, from, to);
            db.OfficeHolders.Add(holder);
        }
        else
        {
            if (await db.OfficeHolders.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) is not { } existing)
            {
                return (ChangeOutcome.NotFound, null);
            }

            if (existing.Version != version)
            {
                return (ChangeOutcome.Conflict, existing);
            }

            holder = existing;
            holder.Update(office, name, jobTitle, from, to);
        }

        audit.Add(actor, null, new OfficeHolderSavedEvent(office, holder.Name, from, to));
        await db.SaveChangesAsync(cancellationToken);
        return (ChangeOutcome.Done, holder);
    }
}
