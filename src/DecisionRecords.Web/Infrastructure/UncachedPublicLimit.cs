namespace DecisionRecords.Web.Infrastructure;

public static class UncachedPublicLimit
{
    /// <summary>After routing and the public cache: public responses being made afresh wait their turn in <see cref="UncachedPublicWork"/>.</summary>
    public static IApplicationBuilder UseUncachedPublicLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PublicResponseAttribute>() is null)
            {
                await next();
                return;
            }

            using var lease = await context.RequestServices.GetRequiredService<UncachedPublicWork>().AcquireAsync(context.RequestAborted);
            if (!lease.IsAcquired)
            {
                await BusyAsync(context);
                return;
            }

            await next();
        });

    /// <summary>
    /// A post to an endpoint marked <see cref="BoundedUploadAttribute"/> waits its turn among those checks before its body
    /// is read: an upload refused here costs neither the parsing of the form nor the check.
    /// </summary>
    public static IApplicationBuilder UseBoundedUploads(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<BoundedUploadAttribute>() is not { } bounded)
            {
                await next();
                return;
            }

            using var lease = await context.RequestServices.GetRequiredKeyedService<UncachedPublicWork>(bounded.Key).AcquireAsync(context.RequestAborted);
            if (!lease.IsAcquired)
            {
                await BusyAsync(context);
                return;
            }

            await next();
        });

    private static async Task BusyAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var delay = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value.BusyDelayMilliseconds;
        if (delay > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), services.GetRequiredService<TimeProvider>(), context.RequestAborted);
        }

        // A few bytes, not the error page: under a flood, refusing has to cost almost nothing.
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Connection = "close";
        await context.Response.WriteAsync("The service is busy. Try again in a moment.\n", context.RequestAborted);
    }
}
