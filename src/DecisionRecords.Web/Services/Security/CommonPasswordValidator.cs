using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Services.Security;

/// <summary>Refuses a password that is on the list of common and breached passwords, as NCSC guidance and ASVS 2.1.7 ask.</summary>
public sealed class CommonPasswordValidator(CommonPasswords common) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(password is not null && common.Contains(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is not on the list of common passwords people use, like Password1234",
            })
            : IdentityResult.Success);
}
