namespace DecisionRecords.Web.Services;

public class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>
    /// The service's address as the public knows it ("https://decisions.example.org"): every link the service writes into an
    /// email, the feed, the sitemap or robots.txt starts with it, never with the Host header of a request. Required in Production.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Show records the Monitoring Officer determined not to publish as stubs (reference, date, reasons); otherwise hide them.</summary>
    public bool ShowWithheldStubs { get; set; } = true;

    public int PageSize { get; set; } = 20;

    /// <summary>How long one process trusts the publication stamp it last read: another instance's change shows within this time.</summary>
    public double StampCacheSeconds { get; set; } = 1;

    /// <summary>Memory kept for public responses in this process; the least used go first when it is full.</summary>
    public int ResponseCacheMegabytes { get; set; } = 256;

    /// <summary>A larger response (the open data of a big register, say) is streamed each time rather than kept.</summary>
    public int ResponseCacheMaxEntryMegabytes { get; set; } = 8;
}
