using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Absolute addresses of the service, from the configured <see cref="PublicSiteOptions.BaseUrl"/>, so that a request's
/// Host header can never put another site's address into an email, an invitation or the feed. Where none is set
/// (Development, tests; Production refuses to start without one), the address the service itself listens on.
/// </summary>
public sealed class PublicUrls(IOptions<PublicSiteOptions> options, IServer server)
{
    /// <summary>Used where no base address is configured and the server names no address it listens on (tests in memory).</summary>
    public const string LocalFallback = "http://localhost:5080";

    public string Base => (string.IsNullOrWhiteSpace(options.Value.BaseUrl) ? Listening() ?? LocalFallback : options.Value.BaseUrl).TrimEnd('/');

    public string Absolute(string path) => Base + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>The first address the server listens on, with a wildcard host ("http://+:80", "http://0.0.0.0:80") as localhost.</summary>
    private string? Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        var wildcard = System.Text.RegularExpressions.Regex.Match(address, @"^(?<scheme>https?)://(\*|\+|0\.0\.0\.0|\[::\])(?<rest>:\d+.*)?$");
        return wildcard.Success ? $"{wildcard.Groups["scheme"].Value}://localhost{wildcard.Groups["rest"].Value}" : address;
    }
}
