namespace DecisionRecords.Web.Infrastructure;

/// <summary>TRACE and TRACK echo requests back (cookies included) and the service has no use for them: 405 for both.</summary>
public static class MethodGuard
{
    public static IApplicationBuilder UseMethodGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsTrace(context.Request.Method) || string.Equals(context.Request.Method, "TRACK", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD, POST";
                return;
            }

            await next();
        });
}
