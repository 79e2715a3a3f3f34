using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

public sealed record UserResult(bool Succeeded, IReadOnlyList<string> Errors, ApplicationUser? User = null)
{
    public static UserResult Failed(params string[] errors) => new(false, errors);
}
