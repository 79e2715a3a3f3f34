using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Account;

public class SecurityTests(TestApp app) : PageTest(app)
{
    [Fact]
    public async Task TwoFactor_SetUpThenSignInNeedsTheCode()
    {
        var client = await AsAsync(Roles.MonitoringOfficer);
        var page = await client.GetDocumentAsync("/account/security");
        Assert.Null(page.QuerySelector(".app-qr-code[role=img] svg"));
        var setup = await client.PostFormAsync("/account/security?handler=Setup", new() { ["Input.Action"] = "setup", ["Input.Password"] = TestApp.Password });
        Assert.NotNull((await setup.ReadDocumentAsync()).QuerySelector(".app-qr-code[role=img] svg"));
        var key = await SharedKeyAsync(TestApp.Users[Roles.MonitoringOfficer]);

        var wrong = await client.PostFormAsync("/account/security?handler=Enable", new() { ["Input.Action"] = "enable", ["Input.Code"] = "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        var enabled = await client.PostFormAsync("/account/security?handler=Enable", new() { ["Input.Action"] = "enable", ["Input.Code"] = Totp(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, (await enabled.ReadDocumentAsync()).QuerySelectorAll("code").Length);
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserTwoFactorEnabled)));

        var fresh = App.CreateAnonymousClient();
        var signIn = await fresh.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.MonitoringOfficer], ["Input.Password"] = TestApp.Password });
        Assert.StartsWith("/account/two-factor", signIn.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/admin/decisions")).StatusCode);

        var badCode = await fresh.PostFormAsync("/account/two-factor", new() { ["Input.Code"] = "123456" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var goodCode = await fresh.PostFormAsync("/account/two-factor", new() { ["Input.Code"] = Totp(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, goodCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin/decisions")).StatusCode);
    }

    [Fact]
    public async Task Get_AdminPages_SignerWithoutTwoFactor_IsSentToSetItUpWhereRequired()
    {
        await using var strict = new TestApp { Settings = { ["Security:RequireTwoFactorForPrivilegedRoles"] = "true" } };
        var commissioner = await strict.SignedInClientAsync(Roles.Commissioner);
        var author = await strict.SignedInClientAsync(Roles.Author);

        var blocked = await commissioner.GetAsync("/admin/decisions");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/security?required=true", blocked.Location());
        var security = await commissioner.GetDocumentAsync("/account/security?required=true");
        Assert.Contains("you must turn on two-factor sign-in", security.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin/decisions")).StatusCode);

        await commissioner.PostFormAsync("/account/security?handler=Setup", new() { ["Input.Action"] = "setup", ["Input.Password"] = TestApp.Password });
        var key = await SharedKeyAsync(strict, TestApp.Users[Roles.Commissioner]);
        var enabled = await commissioner.PostFormAsync("/account/security?handler=Enable", new() { ["Input.Action"] = "enable", ["Input.Code"] = Totp(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commissioner.GetAsync("/admin/decisions")).StatusCode);
    }

    internal static async Task<string> EnableTwoFactorAsync(TestApp app, HttpClient client, string email)
    {
        var setup = await client.PostFormAsync("/account/security?handler=Setup", new() { ["Input.Action"] = "setup", ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var key = await SharedKeyAsync(app, email);
        var enabled = await client.PostFormAsync("/account/security?handler=Enable", new() { ["Input.Action"] = "enable", ["Input.Code"] = Totp(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        return key;
    }

    private Task<string> SharedKeyAsync(string email) => SharedKeyAsync(App, email);

    private static async Task<string> SharedKeyAsync(TestApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!;
    }

    /// <summary>RFC 6238 code, computed independently of Identity, which reads the system clock for authenticator codes.</summary>
    internal static string Totp(string base32Key, DateTimeOffset now)
    {
        var key = Base32Decode(base32Key);
        var counter = now.ToUnixTimeSeconds() / 30;
        var bytes = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined with HMAC-SHA1.
        var hash = System.Security.Cryptography.HMACSHA1.HashData(key, bytes);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (code % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(input.TrimEnd('=').ToUpperInvariant().Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
