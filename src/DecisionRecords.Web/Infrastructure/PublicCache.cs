using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Infrastructure;

public static class PublicCache
{
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new PublicResponseAttribute());

    public static void AddPublicCache(this IServiceCollection services) => services.AddSingleton<PublicationStampReader>();

    public static IApplicationBuilder UsePublicCache(this IApplicationBuilder app) => app.UseMiddleware<PublicResponseCache>();
}
