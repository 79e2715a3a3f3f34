using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

/// <summary>Walks the audit chain from the first event and reports the first link that does not hold.</summary>
public class AuditChainVerifier(DecisionRecordsDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        long expected = 1;
        string? previousHash = null;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (e.Sequence != expected)
            {
                return new AuditVerification(false, expected - 1, expected, $"event {expected} is missing (next is {e.Sequence})");
            }

            if (e.PreviousHash != previousHash)
            {
                return new AuditVerification(false, expected - 1, e.Sequence, "it does not point at the event before it");
            }

            if (e.ComputeHash() != e.Hash)
            {
                return new AuditVerification(false, expected - 1, e.Sequence, "its content does not match its hash: it was changed");
            }

            previousHash = e.Hash;
            expected++;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var count = expected - 1;
        if ((head?.LastSequence ?? 0) != count || head?.LastHash != previousHash)
        {
            return new AuditVerification(false, count, count + 1, $"the chain ends at event {count} but {head?.LastSequence ?? 0} were written: events were deleted from the end");
        }

        return new AuditVerification(true, count, null, null);
    }
}
