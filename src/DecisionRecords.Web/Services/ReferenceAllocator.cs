using System.Globalization;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Allocates the next reference for a calendar year. Must run inside the caller's transaction: the UPDATE takes
/// the row lock (SQL Server) or the write lock (SQLite), so two officers creating records at once get different numbers.
/// </summary>
public class ReferenceAllocator(DecisionRecordsDbContext db, IOptions<OrganisationOptions> options)
{
    public async Task<string> AllocateAsync(int year, CancellationToken cancellationToken)
    {
        var organisation = options.Value;
        while (true)
        {
            var updated = await db.ReferenceSequences
                .Where(s => s.Year == year)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextNumber, x => x.NextNumber + 1), cancellationToken);
            if (updated == 0)
            {
                // The first reference of a year: another request may insert the row first, and then the UPDATE wins next time round.
                db.ReferenceSequences.Add(new ReferenceSequence { Year = year, NextNumber = 1 });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                }

                db.ChangeTracker.Clear();
                continue;
            }

            var next = await db.ReferenceSequences.AsNoTracking()
                .Where(s => s.Year == year).Select(s => s.NextNumber).SingleAsync(cancellationToken);
            var number = next - 1;
            var reference = string.Format(CultureInfo.InvariantCulture, organisation.ReferenceFormat, organisation.ReferencePrefix, number, year % 100);
            var slug = DecisionReference.ToSlug(reference);

            // An imported legacy record may already hold this number (EXE0003/20 and EXE0003-20 share a slug): skip it.
            if (!await db.DecisionRecords.AnyAsync(r => r.Slug == slug, cancellationToken))
            {
                return reference;
            }
        }
    }
}
