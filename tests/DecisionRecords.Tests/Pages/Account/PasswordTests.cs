using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;

namespace DecisionRecords.Tests.Pages.Account;

public class PasswordTests(TestApp app) : PageTest(app)
{
    [Theory]
    [InlineData("a-long-password-in-lower-case-1", "Password must include a capital letter")]
    [InlineData("A-LONG-PASSWORD-IN-CAPITALS-1", "Password must include a lower case letter")]
    [InlineData("A-long-password-without-digits", "Password must include a number")]
    [InlineData("Short-1", "Password must be 12 characters or more")]
    public async Task Post_ANewPasswordThatBreaksARule_SaysSoInGovukWords(string replacement, string message)
    {
        var client = await AsAsync(Roles.Author);

        var response = await client.PostFormAsync("/account/password", new()
        {
            ["Input.Password"] = TestApp.Password,
            ["Input.NewPassword"] = replacement,
            ["Input.ConfirmPassword"] = replacement,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains(message, page.ErrorSummary());
        Assert.DoesNotContain(page.ErrorSummary(), e => e.Contains("'A'-'Z'", StringComparison.Ordinal) || e.StartsWith("Passwords must", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("input[type=password][value]"));
    }
}
