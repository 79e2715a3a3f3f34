using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Operations;

public class HealthAndErrorTests(TestApp app) : PageTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_Health_IsHealthyWithoutSigningIn(string url)
    {
        var response = await App.CreateAnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_TheIcon_EveryPageNamesItAndTheUsualAddressFindsIt()
    {
        var client = App.CreateAnonymousClient();

        var page = await client.GetDocumentAsync("/decisions");
        var icon = await client.GetAsync(page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        var usual = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MovedPermanently, usual.StatusCode);
        Assert.Equal("/favicon.svg", usual.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_UnknownPage_Shows404PageWithTheCorrelationId()
    {
        var client = await AsAsync(Roles.Author);

        var response = await client.GetAsync("/admin/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Page not found", document.QuerySelector("h1")!.TextContent);
        Assert.Contains(correlationId, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyPage_SendsSecurityHeaders()
    {
        var response = await App.CreateAnonymousClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Get_AccessibilityStatement_IsPublicAndLinkedFromEveryPage()
    {
        var client = App.CreateAnonymousClient();

        var statement = await client.GetDocumentAsync("/accessibility");
        var home = await client.GetDocumentAsync("/");

        Assert.Equal("Accessibility statement", statement.QuerySelector("h1")!.TextContent);
        Assert.Contains("WCAG", statement.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("footer a[href='/accessibility']"));
    }

    [Fact]
    public async Task Get_Stylesheet_IsBuiltFromGovukFrontend()
    {
        var response = await App.CreateAnonymousClient().GetAsync("/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains(".govuk-error-summary", css, StringComparison.Ordinal);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.Ordinal);
    }
}
