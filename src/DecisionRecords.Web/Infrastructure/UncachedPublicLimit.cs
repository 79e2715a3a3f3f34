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
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await next();
        });
}
