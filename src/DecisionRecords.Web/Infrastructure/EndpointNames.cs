namespace DecisionRecords.Web.Infrastructure;

/// <summary>The names of the endpoints that are not pages, by which <see cref="Links"/> finds their routes.</summary>
public static class EndpointNames
{
    public const string DecisionPdf = "decision-pdf";
    public const string VersionPdf = "version-pdf";
    public const string PreviewPdf = "preview-pdf";
    public const string PublicDocument = "public-document";
    public const string DecisionsCsv = "decisions-csv";
    public const string FundingLinesCsv = "funding-lines-csv";
    public const string DecisionsJson = "decisions-json";
    public const string Feed = "feed";
    public const string NotifyCallback = "notify-callback";
    public const string ForwardPlanFeed = "forward-plan-feed";
    public const string ForwardPlanCsv = "forward-plan-csv";
    public const string ForwardPlanJson = "forward-plan-json";
    public const string Sitemap = "sitemap";
}
