using System.Security.Claims;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>Adds audit events to the current unit of work, so they commit (or roll back) with the change they describe.</summary>
public class AuditLog(DecisionRecordsDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider time)
{
    public void Add(string eventType, Guid? recordId, string summary)
    {
        var context = httpContextAccessor.HttpContext;
        var user = context?.User;
        db.AuditEvents.Add(new AuditEvent(
            eventType,
            recordId,
            user?.FindFirstValue(ClaimTypes.NameIdentifier),
            user?.Identity?.Name,
            context?.Connection.RemoteIpAddress?.ToString(),
            time.GetUtcNow(),
            summary));
    }

    /// <summary>For events where the acting user is not (yet) the signed-in principal, such as sign-in itself.</summary>
    public void Add(string eventType, Guid? recordId, string? userId, string? userName, string summary)
    {
        db.AuditEvents.Add(new AuditEvent(
            eventType,
            recordId,
            userId,
            userName,
            httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            time.GetUtcNow(),
            summary));
    }
}
