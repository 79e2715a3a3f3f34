using System.Net;
using System.Text;
using System.Xml.Linq;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Account;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Security;

/// <summary>The second round of findings, each tried as an attacker would.</summary>
public class SecurityRoundTwoTests(TestApp app) : PageTest(app)
{
    /// <summary>The PDF of a version as if printed: bytes the test can recognise, stored as the printer stores them.</summary>
    private Task StorePdfAsync(Guid recordId, int number, string marker) =>
        App.WithDbAsync(async db =>
        {
            var version = await db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == recordId && v.Number == number);
            var bytes = Encoding.ASCII.GetBytes($"%PDF-1.7 {marker}");
            db.PublishedPdfs.Add(PublishedPdf.Store(version.Id, bytes, App.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Finding1_EarlierVersions_FollowTheRecordWhenItIsTakenDownOrWithheld()
    {
        var unpublished = await PublishedRecordAsync("Version leak taken down");
        var slug = (await App.LoadAsync(unpublished)).Slug;
        await StorePdfAsync(unpublished, 1, "takendownsecret");
        var client = App.CreateAnonymousClient();
        var before = await client.GetAsync($"/decisions/{slug}/versions/1.pdf");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(before.Headers.CacheControl is { NoCache: true, MaxAge: null }, $"{before.Headers.CacheControl}");
        Assert.DoesNotContain("immutable", before.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{unpublished}/unpublish", new()
        {
            ["Input.Explanation"] = "Published in error.",
            ["Input.Version"] = (await App.LoadAsync(unpublished)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        foreach (var url in new[] { $"/decisions/{slug}/versions/1.pdf", $"/decisions/{slug}.pdf" })
        {
            var gone = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
            var body = await gone.Content.ReadAsStringAsync();
            Assert.Contains("Published in error.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("takendownsecret", body, StringComparison.Ordinal);
        }

        // Amended, and the new determination withholds it: the first version goes too.
        var withheld = await PublishedRecordAsync("Version leak withheld on amendment");
        var withheldSlug = (await App.LoadAsync(withheld)).Slug;
        await StorePdfAsync(withheld, 1, "withheldsecret");
        var author = await AsAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{withheld}/amend", new()
        {
            ["Input.ChangeNote"] = "Corrected the budget.",
            ["Input.Version"] = (await App.LoadAsync(withheld)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode);
        await author.SubmitAsync(App, withheld);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(withheld);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(withheld, new(DraftingHelpers.PublishAll)
        {
            ["Input.PublishRecord"] = "no",
            ["Input.Reasons"] = "Prejudice to law enforcement",
            ["Input.Legislation"] = "FOIA-s31",
        });
        await (await AsAsync(Roles.Commissioner)).SignAsync(withheld);
        Assert.Equal(DecisionStatus.Withheld, (await App.LoadAsync(withheld)).Status);

        var stubbed = await client.GetAsync($"/decisions/{withheldSlug}/versions/1.pdf");
        Assert.Equal(HttpStatusCode.Gone, stubbed.StatusCode);
        Assert.DoesNotContain("withheldsecret", await stubbed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding2_PasswordsAreNeverWrittenBackIntoAPage()
    {
        await App.EnsureUsersAsync();
        var signIn = await App.CreateAnonymousClient().PostFormAsync("/account/sign-in", new()
        {
            ["Input.Email"] = TestApp.Users[Roles.Author],
            ["Input.Password"] = "Wrong-secret-typed-here",
        });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.DoesNotContain("Wrong-secret-typed-here", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A signer's correct password, on a determination refused for a missing reason.
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Password echo");
        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        var refused = await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, new(DraftingHelpers.PublishAll) { ["Input.PublishReport"] = "no" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain(TestApp.Password, page, StringComparison.Ordinal);
        Assert.Null((await refused.ReadDocumentAsync()).QuerySelector("input[type=password][value]"));
    }

    [Fact]
    public async Task Finding3_SignOutEndsEverySessionAndNoSessionOutlivesItsAbsoluteLifetime()
    {
        await using var app = new TestApp();
        await app.EnsureUsersAsync();
        var stolen = await app.SessionCookieAsync(Roles.Author);
        var client = await app.SignedInClientAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.OK, (await app.WithCookieAsync(stolen, "/admin/decisions")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-out", [], formPage: "/admin")).StatusCode);

        var after = await app.WithCookieAsync(stolen, "/admin/decisions");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // However busy, a session ends 12 hours after sign-in.
        var busy = await app.SessionCookieAsync(Roles.Author);
        for (var hour = 0; hour < 11; hour++)
        {
            app.Time.Advance(TimeSpan.FromHours(1));
            var response = await app.WithCookieAsync(busy, "/admin/decisions");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            busy = response.Headers.TryGetValues("Set-Cookie", out var renewed) ? SessionCookies.CookieFrom(renewed) ?? busy : busy;
        }

        app.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await app.WithCookieAsync(busy, "/admin/decisions")).StatusCode);
    }

    [Fact]
    public async Task Finding4_AStolenCookieAloneCannotTurnOffOrReplaceTheAuthenticator()
    {
        var client = await AsAsync(Roles.Commissioner);
        var key = await SecurityTests.EnableTwoFactorAsync(App, client, TestApp.Users[Roles.Commissioner]);
        Assert.DoesNotContain(key.ToLowerInvariant()[..8], await client.GetStringAsync("/account/security"), StringComparison.Ordinal);

        var cookieOnly = await client.PostFormAsync("/account/security?handler=Disable", new() { ["Input.Action"] = "disable" });
        Assert.Equal(HttpStatusCode.BadRequest, cookieOnly.StatusCode);
        var passwordOnly = await client.PostFormAsync("/account/security?handler=Disable", new() { ["Input.Action"] = "disable", ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.BadRequest, passwordOnly.StatusCode);
        var newKey = await client.PostFormAsync("/account/security?handler=Setup", new() { ["Input.Action"] = "setup" });
        Assert.Equal(HttpStatusCode.BadRequest, newKey.StatusCode);
        Assert.True(await TwoFactorOnAsync(TestApp.Users[Roles.Commissioner]));

        var proved = await client.PostFormAsync("/account/security?handler=Disable", new()
        {
            ["Input.Action"] = "disable",
            ["Input.Password"] = TestApp.Password,
            ["Input.Code"] = SecurityTests.Totp(key, DateTimeOffset.UtcNow),
        });
        Assert.Equal(HttpStatusCode.Redirect, proved.StatusCode);
        Assert.False(await TwoFactorOnAsync(TestApp.Users[Roles.Commissioner]));
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserTwoFactorDisabled)));
        var emails = await QueryAsync(db => db.OutboxMessages.Where(m => m.To == TestApp.Users[Roles.Commissioner]).Select(m => m.Subject).ToListAsync());
        Assert.Contains("Two-factor sign-in is on", emails);
        Assert.Contains("Two-factor sign-in is off", emails);
    }

    private Task<bool> TwoFactorOnAsync(string email) => QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync());

    [Fact]
    public async Task Finding4_ChangingThePasswordNeedsTheCurrentOneAndEndsOtherSessions()
    {
        await using var app = new TestApp();
        await app.EnsureUsersAsync();
        var other = await app.SessionCookieAsync(Roles.ChiefExecutive);
        var client = await app.SignedInClientAsync(Roles.ChiefExecutive);

        var wrong = await client.PostFormAsync("/account/password", new() { ["Input.Password"] = "not-my-password", ["Input.NewPassword"] = "A-quite-new-password-77", ["Input.ConfirmPassword"] = "A-quite-new-password-77" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(AccountSecurity.WrongPassword, (await wrong.ReadDocumentAsync()).InlineError("Input_Password"));

        var changed = await client.PostFormAsync("/account/password", new() { ["Input.Password"] = TestApp.Password, ["Input.NewPassword"] = "A-quite-new-password-77", ["Input.ConfirmPassword"] = "A-quite-new-password-77" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.WithCookieAsync(other, "/admin/decisions")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == TestApp.Users[Roles.ChiefExecutive] && m.Subject == "Your password was changed")));
    }

    [Fact]
    public async Task Finding5_TwoFactorIsOnePolicyForPagesEndpointsAndDownloads()
    {
        await using var strict = new TestApp { Settings = { ["Security:RequireTwoFactorForPrivilegedRoles"] = "true" } };
        var author = await strict.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(strict, "Preview without two-factor");
        var commissioner = await strict.SignedInClientAsync(Roles.Commissioner);

        foreach (var url in new[] { $"/admin/decisions/{id}/preview.pdf", $"/admin/decisions/{id}", "/admin/reports/panel" })
        {
            var response = await commissioner.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/security?required=true", response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await commissioner.GetAsync("/account/security")).StatusCode);
    }

    [Fact]
    public async Task Finding6_LinksInEmailsAndFeedsUseTheConfiguredAddressNeverTheHostHeader()
    {
        await App.ImportSeedsAsync();
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Host header in the email");
        author.DefaultRequestHeaders.Host = "evil.example";
        await author.SubmitAsync(App, id);

        var reference = (await App.LoadAsync(id)).Reference;
        var emails = await QueryAsync(db => db.OutboxMessages.Where(m => m.Subject.Contains(reference)).Select(m => m.Body).ToListAsync());
        Assert.NotEmpty(emails);
        Assert.All(emails, body =>
        {
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.Contains($"{Web.Services.PublicUrls.LocalFallback}/admin/decisions/{id}", body, StringComparison.Ordinal);
        });

        var anonymous = App.CreateAnonymousClient();
        anonymous.DefaultRequestHeaders.Host = "evil.example";
        foreach (var url in new[] { "/decisions/feed.atom", "/sitemap.xml", "/robots.txt", "/decisions.csv", "/decisions.json" })
        {
            Assert.DoesNotContain("evil.example", await anonymous.GetStringAsync(url), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Finding6_ProductionAnswersOnlyItsOwnHost()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["PublicSite:BaseUrl"] = "https://decisions.example.org";
        builder.Configuration["AllowedHosts"] = "*";

        ProductionAddress.Check(builder);

        Assert.Equal("decisions.example.org", builder.Configuration["AllowedHosts"]);
        var missing = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        Assert.Throws<InvalidOperationException>(() => { ProductionAddress.Check(missing); });
    }

    [Fact]
    public async Task Finding7_BehindATrustedProxyTheCookieIsSecureAndEachClientHasItsOwnSignInLimit()
    {
        await using var app = new TestApp { SignInAttemptsPerMinute = 2 };
        await app.EnsureUsersAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var signedIn = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = TestApp.Users[Roles.Author], ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"{AuthCookie.Name}=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "x@test.example", ["Input.Password"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "x@test.example", ["Input.Password"] = "x" })).StatusCode);
        var someoneElse = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        someoneElse.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await someoneElse.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "x@test.example", ["Input.Password"] = "x" })).StatusCode);
    }

    [Fact]
    public async Task Finding8_ControlCharactersAreRefusedWhereTypedAndCannotBreakTheFeed()
    {
        var author = await AsAsync(Roles.Author);
        var refused = await author.PostFormAsync("/admin/decisions/new", new()
        {
            ["Input.Title"] = "Bell\u0001 Foundry",
            ["Input.RecordDate.Day"] = "13",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2024",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal(ControlCharacters.Message, page.InlineError("Input_Title"));

        // Text that reached the database another way still cannot break the feed, the sitemap or the open data.
        var id = await PublishedRecordAsync("Feed with an odd byte");
        await App.WithDbAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Title, "Odd\u0001 byte\u0000 title")));
        await App.WithDbAsync(db => db.PublicationStamps.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1)));
        var client = App.CreateAnonymousClient();
        var feed = await client.GetAsync("/decisions/feed.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        Assert.Contains(xml.Descendants(), e => e.Value.Contains("Odd byte title", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions.csv")).StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/decisions.json"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions?q=a%00b")).StatusCode);
    }

    [Fact]
    public async Task Finding8_AwkwardStringsInEveryPublicParameterNeverCauseAServerError()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        string[] corpus =
        [
            "%00", "a%00b", "%01", "%1F", "%7F", "%C2%85", "%ED%A0%80", "%EF%BF%BF", "%F0%9F%98%80", "%E2%80%AE", "'", "%22", "%22%22%22", "*", "NEAR(a%20b)",
            "a%20OR%20b", "-", "%2B", "%5E", "%25", "_", "%5C", "..%2F..%2F", "%3Cscript%3E", "%7B%7B", "x%0D%0ASet-Cookie:%20a=b", new string('a', 5000),
            "-1", "0", "99999999999999999999", "1e400", "NaN", "2024%2F25", "9999%2F10000", "%C0%AF", "%FF",
        ];
        string[] templates =
        [
            "/decisions?q={0}", "/decisions?year={0}", "/decisions?financial-year={0}", "/decisions?funding-year={0}", "/decisions?category={0}",
            "/decisions?outcome={0}", "/decisions?min={0}", "/decisions?max={0}", "/decisions?organisation={0}", "/decisions?page={0}",
            "/decisions/{0}", "/decisions/{0}.pdf", "/decisions/EXE0019-24/versions/{0}.pdf", "/decisions/{0}/documents/{0}", "/funding?{0}={0}",
            "/decisions/feed.atom?{0}", "/decisions.csv?q={0}", "/error/{0}",
        ];
        var failures = new List<string>();
        foreach (var template in templates)
        {
            foreach (var value in corpus)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, value);
                HttpResponseMessage response;
                try
                {
                    response = await client.GetAsync(url);
                }
                catch (InvalidOperationException ex) when (ex.Message.Contains("null characters", StringComparison.Ordinal))
                {
                    // A NUL in the path never reaches the service: the server refuses the request line (Kestrel answers 400).
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Finding9_LoadingAPageChangesNothing()
    {
        var admin = await AsAsync(Roles.Administrator);
        var user = await QueryAsync(db => db.Users.SingleAsync(u => u.Email == TestApp.Users[Roles.Author]));
        await admin.GetAsync($"/admin/users/{user.Id}?invite=true");
        Assert.Equal(user.SecurityStamp, await QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync()));

        var signer = await AsAsync(Roles.ChiefFinanceOfficer);
        await signer.GetAsync("/account/security");
        Assert.False(await QueryAsync(db => db.UserTokens.AnyAsync(t => t.UserId == db.Users.Single(u => u.Email == TestApp.Users[Roles.ChiefFinanceOfficer]).Id && t.Name == "AuthenticatorKey")));
    }

    [Fact]
    public async Task Finding10_APageThatDoesNotExistIsNeverNotModified()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var register = await client.GetAsync("/decisions");
        var etag = register.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/decisions/doesnotexist");
        request.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Finding11_AnUnknownEmailCostsAPasswordCheckLikeAKnownOne()
    {
        var counting = new CountingHasher();
        await using var app = new TestApp();
        await using var factory = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(counting)));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "nobody-here@test.example", ["Input.Password"] = "Some-password-2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, counting.Verifications);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();

        public int Verifications { get; private set; }

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Finding12_CommonPasswordsAreRefused()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var common = scope.ServiceProvider.GetRequiredService<CommonPasswords>();
        Assert.True(common.Count >= 100_000, $"{common.Count} common passwords");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = "common@test.example", Email = "common@test.example", DisplayName = "C", JobTitle = "C" };

        var refused = await users.CreateAsync(user, "Qwertyuiop123");
        Assert.Contains(refused.Errors, e => e.Code == "CommonPassword");
        Assert.True((await users.CreateAsync(user, "Bell-Foundry-Planters-2026")).Succeeded);
    }

    [Fact]
    public async Task Finding13_UncachedPublicWorkWaitsItsTurnWhileCachedPagesServe()
    {
        await using var app = new TestApp { Settings = { ["Security:UncachedPublicRequestsAtOnce"] = "1", ["Security:UncachedPublicQueue"] = "0", ["Security:BusyDelayMilliseconds"] = "0" } };
        await app.ImportSeedsAsync();
        var client = app.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions/EXE0019-24")).StatusCode);

        using (var busy = await app.Services.GetRequiredService<UncachedPublicWork>().AcquireAsync(CancellationToken.None))
        {
            Assert.True(busy.IsAcquired);
            var search = await client.GetAsync("/decisions?q=a-search-nobody-made-before");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.Equal("1", search.Headers.RetryAfter!.ToString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions/EXE0019-24")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decisions?q=a-search-nobody-made-before")).StatusCode);
    }

    [Fact]
    public async Task Finding14_NoServerNameAndNoTrace()
    {
        var client = App.CreateAnonymousClient();
        var response = await client.GetAsync("/decisions");
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/decisions"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.SendAsync(new HttpRequestMessage(new HttpMethod("TRACK"), "/"))).StatusCode);
    }

    [Fact]
    public void Finding14_ThePdfNamesTheServiceNotTheBrowser()
    {
        var chromium = Encoding.Latin1.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Creator (Mozilla/5.0 HeadlessChrome/156.0.0.0 Safari/537.36) /Producer (Skia/PDF m156) >>\nendobj\n" +
            "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000050 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R /Info 2 0 R >>\nstartxref\n140\n%%EOF\n");

        var named = Web.Services.Pdf.PdfInfo.Set(chromium, "T", "S", "A", DateTimeOffset.UnixEpoch);

        var text = Encoding.Latin1.GetString(named);
        Assert.Equal(chromium.Length, text.IndexOf("\n3 0 obj", StringComparison.Ordinal));
        Assert.DoesNotContain("HeadlessChrome", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skia", text, StringComparison.Ordinal);
        Assert.Contains("/Producer <FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("DecisionRecords")) + ">", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding15_ABareAdministratorReadsNoRecordAndGrantingYourselfARoleIsToldToTheOthers()
    {
        // Its own application: the administrator gives up the role during the test.
        await using var app = new TestApp();
        var author = await app.SignedInClientAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(app, "Exempt material an administrator must not read");
        var admin = await app.SignedInClientAsync(Roles.Administrator);
        foreach (var url in new[] { $"/admin/decisions/{id}", $"/admin/decisions/{id}/preview", $"/admin/decisions/{id}/preview.pdf", "/admin/decisions", "/admin/reports/panel" })
        {
            var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal), $"{url}: {response.StatusCode}");
        }

        Assert.DoesNotContain("Exempt material", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var second = new ApplicationUser { UserName = "second.admin@test.example", Email = "second.admin@test.example", EmailConfirmed = true, DisplayName = "Second Admin", JobTitle = "Administrator" };
            Assert.True((await users.CreateAsync(second, "Second-admin-password-2026")).Succeeded);
            await users.AddToRoleAsync(second, Roles.Administrator);
        }

        var me = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == TestApp.Users[Roles.Administrator]));
        var granted = await admin.PostFormAsync($"/admin/users/{me.Id}", new()
        {
            ["Input.DisplayName"] = me.DisplayName,
            ["Input.JobTitle"] = me.JobTitle,
            ["Input.Roles"] = Roles.Commissioner,
        });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.UserOwnRolesChanged)));
        var told = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "second.admin@test.example").Select(m => m.Body).ToListAsync());
        Assert.Contains(told, b => b.Contains("Police and Crime Commissioner", StringComparison.Ordinal));
    }
}
