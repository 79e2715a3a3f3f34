using DecisionRecords.Web.Services.Changes;

namespace DecisionRecords.Web.Infrastructure;

public static class ActingContextExtensions
{
    /// <summary>The signed-in user (or an anonymous visitor), at this moment by the service's clock, from this address.</summary>
    public static ActingContext GetActingContext(this HttpContext context) =>
        new(context.User, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), context.Connection.RemoteIpAddress?.ToString());
}
