using System.Globalization;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Public responses depend only on their URL and the publication stamp. The output cache keys on the stamp, and every
/// public response carries an ETag and Last-Modified from it, so a publication in any process or instance shows at
/// once (within <see cref="PublicSiteOptions.StampCacheSeconds"/>), and unchanged pages answer 304.
/// </summary>
public static class PublicCache
{
    public const string Policy = "Public";

    private static readonly string[] PublicPrefixes = ["/decisions", "/funding", "/sitemap.xml", "/robots.txt"];

    public static void AddPublicCache(this IServiceCollection services)
    {
        services.AddSingleton<PublicationStampReader>();
        services.AddOutputCache(options =>
        {
            // "/decisions/exe0003-20" must not be served the page of "/decisions/EXE0003-20": it redirects to the canonical URL.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(Policy, builder => builder
                .Expire(TimeSpan.FromMinutes(30))
                .SetVaryByQuery("*")
                .VaryByValue(async (context, _) =>
                {
                    var (version, _) = await context.RequestServices.GetRequiredService<PublicationStampReader>().CurrentAsync();
                    return new KeyValuePair<string, string>("stamp", version.ToString(CultureInfo.InvariantCulture));
                }));
        });
    }

    public static IApplicationBuilder UsePublicValidators(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value ?? "/";
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || !(path == "/" || PublicPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                || request.Cookies.ContainsKey("decision-records-auth")
                || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                || path.Contains("/documents/", StringComparison.OrdinalIgnoreCase))
            {
                await next();
                return;
            }

            var (version, changedAt) = await context.RequestServices.GetRequiredService<PublicationStampReader>().CurrentAsync();
            var etag = new EntityTagHeaderValue($"\"p{version.ToString(CultureInfo.InvariantCulture)}\"", isWeak: true);
            if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() == etag.ToString())))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag.ToString();
                return;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = etag.ToString();
                    context.Response.Headers.LastModified = changedAt.ToString("R", CultureInfo.InvariantCulture);
                    if (!context.Response.Headers.ContainsKey(HeaderNames.CacheControl))
                    {
                        context.Response.Headers.CacheControl = "public, no-cache";
                    }
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
