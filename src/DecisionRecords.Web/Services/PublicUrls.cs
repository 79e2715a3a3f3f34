using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Absolute addresses of the service, from the configured <see cref="PublicSiteOptions.BaseUrl"/>, so that a request's
/// Host header can never put another site's address into an email, an invitation or the feed.
/// </summary>
public sealed class PublicUrls(IOptions<PublicSiteOptions> options)
{
    /// <summary>Used where no base address is configured outside Production (Development, tests).</summary>
    public const string LocalFallback = "http://localhost:5080";

    public string Base => (string.IsNullOrWhiteSpace(options.Value.BaseUrl) ? LocalFallback : options.Value.BaseUrl).TrimEnd('/');

    public string Absolute(string path) => Base + (path.StartsWith('/') ? path : "/" + path);
}
