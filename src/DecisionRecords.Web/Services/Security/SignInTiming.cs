using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Services.Security;

/// <summary>
/// An unknown email address costs the same password hash as a known one, so the time a sign-in takes does not tell
/// anyone which accounts exist.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };

    // Made once per process by the same hasher that checks real passwords; a race only makes it twice.
    private static string? _dummyHash;

    public void SpendAsMuchAsAPasswordCheck(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
