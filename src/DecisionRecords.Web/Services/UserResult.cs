using DecisionRecords.Web.Data;

namespace DecisionRecords.Web.Services;

public sealed record UserResult(bool Succeeded, IReadOnlyList<string> Errors, ApplicationUser? User = null)
{
    public static UserResult Failed(params string[] errors) => new(false, errors);
}
