using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Which reverse proxies may tell the service the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto):
/// loopback always, and the addresses and networks in <c>ForwardedHeaders:KnownProxies</c> and
/// <c>ForwardedHeaders:KnownNetworks</c>. A header from anyone else is ignored.
/// </summary>
public static class ProxyConfiguration
{
    public static void Apply(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = Math.Max(1, configuration.GetValue("ForwardedHeaders:ForwardLimit", 1));
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
