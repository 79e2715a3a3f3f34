using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

public sealed record AuditVerification(bool IsIntact, long Count, long? BrokenAt, string? Problem);
