using System.Security.Cryptography;
using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// GOV.UK Notify's callbacks, authenticated by the bearer token the office gave Notify: an address that bounced for
/// good, or whose owner marked an alert as spam, gets no more alerts, and the reason is kept with each subscription.
/// Temporary failures need nothing here: Notify retries them itself.
/// </summary>
public static class NotifyCallbacks
{
    public static void MapNotifyCallbacks(this WebApplication app) =>
        app.MapPost("/alerts/notify-callback", ReceiveAsync).AllowAnonymous().DisableAntiforgery().WithName(EndpointNames.NotifyCallback);

    private static async Task<IResult> ReceiveAsync(HttpContext context, NotifyCallback callback, IOptions<EmailOptions> options, EmailAlerts alerts, DecisionRecordsDbContext db, CancellationToken cancellationToken)
    {
        if (options.Value.NotifyCallbackBearerToken is not { Length: > 0 } expected)
        {
            return Results.NotFound();
        }

        var given = context.Request.Headers.Authorization.ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes($"Bearer {expected}")))
        {
            return Results.Unauthorized();
        }

        var reason = callback switch
        {
            { ComplaintId: { Length: > 0 } } => "The address's owner marked an alert as spam",
            { Status: "permanent-failure" } => "Email to the address bounced for good",
            _ => null,
        };
        if (reason is not null && callback.To is { Length: > 0 } to)
        {
            await alerts.EndForAddressAsync(to.Trim(), reason, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Results.NoContent();
    }
}
