using System.Net;
using DecisionRecords.Web.Infrastructure;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>A session's cookie taken as a thief would copy it, and requests made with it alone.</summary>
public static class SessionCookies
{
    public static async Task<string> SessionCookieAsync(this TestApp app, string role)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/sign-in");
        var token = (await form.ReadDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = TestApp.Users[role], ["Input.Password"] = TestApp.Password, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var signedIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookieFrom(signedIn.Headers.GetValues("Set-Cookie"))!;
    }

    public static string? CookieFrom(IEnumerable<string> setCookies) =>
        setCookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith($"{AuthCookie.Name}=", StringComparison.Ordinal) && c.Length > AuthCookie.Name.Length + 1);

    public static Task<HttpResponseMessage> WithCookieAsync(this TestApp app, string cookie, string url)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
