using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>A disabled account cannot sign in; Identity reports it as "not allowed".</summary>
public sealed class EnabledUserConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(!user.IsDisabled);
}
