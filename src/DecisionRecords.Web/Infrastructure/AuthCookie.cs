using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The sign-in cookie: its name in one place, and a session that ends a fixed time after sign-in however busy it is.</summary>
public static class AuthCookie
{
    public const string Name = "decision-records-auth";

    private const string SignedInAtKey = "decision-records:signed-in-at";

    /// <summary>Notes when the session began; a refresh of the same session keeps the first time.</summary>
    public static Task StampSignInTime(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAtKey))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    /// <summary>Ends a session past its absolute lifetime, then checks the security stamp as Identity does.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lifetime = TimeSpan.FromHours(services.GetRequiredService<IOptions<SecurityOptions>>().Value.AbsoluteSessionHours);
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                ? at
                : context.Properties.IssuedUtc ?? now;
        if (now - signedInAt > lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
