using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Services.Changes;

namespace DecisionRecords.Web.Services;

/// <summary>Adds audit events to the current unit of work, so they commit (or roll back) with the change they describe.</summary>
public class AuditLog(DecisionRecordsDbContext db)
{
    public void Add(ActingContext actor, Guid? recordId, AuditPayload payload, string? contentHash = null) =>
        db.AuditEvents.Add(new AuditEvent(payload, recordId, actor.UserId, actor.UserName, actor.IpAddress, actor.Now, contentHash));
}
