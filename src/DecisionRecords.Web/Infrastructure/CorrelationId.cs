using Serilog.Context;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Gives every request an id that appears in each log line and on the error page, so a user's report finds the logs.</summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var id = context.TraceIdentifier;
            context.Response.Headers[HeaderName] = id;
            using (LogContext.PushProperty("CorrelationId", id))
            {
                await next();
            }
        });
}
