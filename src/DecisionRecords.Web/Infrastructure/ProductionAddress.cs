namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// In Production the service must know its own public address (<c>PublicSite:BaseUrl</c>), for the links it writes into
/// emails and feeds, and answers only requests for that host unless <c>AllowedHosts</c> names others.
/// </summary>
public static class ProductionAddress
{
    public static void Check(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction())
        {
            return;
        }

        var baseUrl = builder.Configuration["PublicSite:BaseUrl"];
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var address))
        {
            throw new InvalidOperationException("Set PublicSite:BaseUrl to the service's public address, like https://decisions.example.org: it is used in every email and feed link.");
        }

        var allowed = builder.Configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(allowed) || allowed.Trim() == "*")
        {
            builder.Configuration["AllowedHosts"] = address.Host;
        }
    }
}
