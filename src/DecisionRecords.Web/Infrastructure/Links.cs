using DecisionRecords.Web.Services;
namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Every link the service makes to itself, built from the routes the pages and endpoints declare: a route changes in
/// one place and every link follows. Pages and views use these; nothing writes a path by hand.
/// </summary>
public sealed class Links(LinkGenerator generator)
{
    // The public site
    public string Home() => Page("/Index");

    public string Register(object? query = null) => Page("/Decisions/Index", query: query);

    public string Sitemap() => Endpoint(EndpointNames.Sitemap);

    public string Decision(string slug, string? fragment = null) => Page("/Decisions/Show", new { slug }, fragment);

    public string DecisionPdf(string slug) => Endpoint(EndpointNames.DecisionPdf, new { slug });

    public string VersionPdf(string slug, int number) => Endpoint(EndpointNames.VersionPdf, new { slug, number });

    public string PublicDocument(string slug, Guid id) => Endpoint(EndpointNames.PublicDocument, new { slug, id });

    public string Funding() => Page("/Funding/Index");

    /// <summary>The sign-up page for email alerts about a view of the register (its query).</summary>
    public string AlertsSubscribe(object? query = null) => Page("/Alerts/Subscribe", query: query);

    public string AlertsCheckYourEmail() => Page("/Alerts/CheckYourEmail");

    public string AlertsPrivacy() => Page("/Alerts/Privacy");

    public string AlertsConfirm(string token) => Page("/Alerts/Confirm", query: new { token });

    public string AlertsUnsubscribe(string token) => Page("/Alerts/Unsubscribe", new { token });

    /// <summary>The one-click address of a digest: ends every subscription of the address sent at that frequency.</summary>
    public string AlertsUnsubscribe(string token, Domain.AlertFrequency all) => Page("/Alerts/Unsubscribe", new { token }, query: new { from = all.ToString().ToLowerInvariant() });

    public string AlertsManage(string token) => Page("/Alerts/Manage", new { token });

    public string AlertsSubscribers() => Page("/Admin/Alerts/Index");

    public string ForwardPlan(PlanFilter? filter = null) => Page("/ForwardPlan/Index", query: filter?.ToQuery());

    public string ForwardPlanFeed(PlanFilter? filter = null) => Endpoint(EndpointNames.ForwardPlanFeed) + Query(filter?.ToQuery());

    public string ForwardPlanCsv(PlanFilter? filter = null) => Endpoint(EndpointNames.ForwardPlanCsv) + Query(filter?.ToQuery());

    public string ForwardPlanJson(PlanFilter? filter = null) => Endpoint(EndpointNames.ForwardPlanJson) + Query(filter?.ToQuery());

    public string ForwardPlanPdf() => Page("/ForwardPlan/AsAt");

    public string ForwardPlanAlerts(PlanFilter? filter = null) => Page("/Alerts/Subscribe", query: new Dictionary<string, string?>(filter?.ToQuery() ?? []) { ["plan"] = "yes" });

    public string ForwardPlanAdmin() => Page("/Admin/ForwardPlan/Index");

    public string NewForwardPlanItem() => Page("/Admin/ForwardPlan/Edit");

    public string ForwardPlanItemAdmin(Guid id) => Page("/Admin/ForwardPlan/Edit", new { id });

    /// <summary>Starts a draft record from the item (a post).</summary>
    public string ForwardPlanStartDraft(Guid id) => Page("/Admin/ForwardPlan/Edit", new { id }, query: new { handler = "draft" });

    public string ForwardPlanDefer(Guid id) => Page("/Admin/ForwardPlan/Defer", new { id });

    public string ForwardPlanWithdraw(Guid id) => Page("/Admin/ForwardPlan/Withdraw", new { id });

    public string AlertsExport() => Page("/Admin/Alerts/Export");

    public string AlertsFrequency(string token, Guid id) => Page("/Alerts/Frequency", new { token, id });

    public string Accessibility() => Page("/Accessibility");

    /// <summary>Check a copy of a PDF; with a record and version, what the register says of that version's copies.</summary>
    public string Verify(string? slug = null, int? version = null) =>
        Page("/Verify/Index", query: slug is null ? null : new { decision = slug, version });

    public string DecisionsCsv() => Endpoint(EndpointNames.DecisionsCsv);

    public string FundingLinesCsv() => Endpoint(EndpointNames.FundingLinesCsv);

    public string DecisionsJson() => Endpoint(EndpointNames.DecisionsJson);

    public string Feed() => Endpoint(EndpointNames.Feed);

    /// <summary>The feed of one view of the register: the same filters as its email alerts.</summary>
    public string Feed(IReadOnlyDictionary<string, object?> query) => Endpoint(EndpointNames.Feed) + Query(query);

    // Account
    public string SignIn(string? returnUrl = null) => Page("/Account/SignIn", query: returnUrl is null ? null : new { returnUrl });

    public string SignOut() => Page("/Account/SignOut");

    public string TwoFactor() => Page("/Account/TwoFactor");

    public string AccountSecurity(bool required = false) => Page("/Account/Security", query: required ? new { required = "true" } : null);

    public string ChangePassword() => Page("/Account/Password");

    public string SetPassword(string? email = null, string? token = null) => Page("/Account/SetPassword", query: email is null ? null : new { email, token });

    public string AccessDenied() => Page("/Account/AccessDenied");

    // Staff
    public string Dashboard() => Page("/Admin/Index");

    public string Records(object? query = null) => Page("/Admin/Decisions/Index", query: query);

    public string NewRecord() => Page("/Admin/Decisions/New");

    public string Record(Guid id, string? fragment = null) => Page("/Admin/Decisions/Record", new { id }, fragment);

    public string RecordDetails(Guid id) => Page("/Admin/Decisions/Details", new { id });

    public string RecordNotice(Guid id) => Page("/Admin/Decisions/Notice", new { id });

    public string RecordSection(Guid id, string section) => Page("/Admin/Decisions/Section", new { id, section });

    public string Preview(Guid id) => Page("/Admin/Decisions/Preview", new { id });

    public string PreviewPdf(Guid id) => Endpoint(EndpointNames.PreviewPdf, new { id });

    public string Timeline(Guid id) => Page("/Admin/Decisions/Timeline", new { id });

    public string Submit(Guid id) => Page("/Admin/Decisions/Submit", new { id });

    public string SignOff(Guid id) => Page("/Admin/Decisions/SignOff", new { id });

    /// <param name="pdf">The PDF rather than the public page.</param>
    public string DeterminationPreview(Guid id, bool pdf = false) => Page("/Admin/Decisions/DeterminationPreview", new { id }, query: pdf ? new { handler = "pdf" } : null);

    public string Return(Guid id) => Page("/Admin/Decisions/Return", new { id });

    public string Withdraw(Guid id) => Page("/Admin/Decisions/Withdraw", new { id });

    public string Amend(Guid id) => Page("/Admin/Decisions/Amend", new { id });

    public string Unpublish(Guid id) => Page("/Admin/Decisions/Unpublish", new { id });

    public string DeleteRecord(Guid id) => Page("/Admin/Decisions/Delete", new { id });

    public string NewFundingTable(Guid id) => Page("/Admin/Decisions/Funding/Edit", new { id });

    public string FundingTable(Guid id, Guid tableId, string? fragment = null) => Page("/Admin/Decisions/Funding/Edit", new { id, tableId }, fragment);

    public string MoveFundingTable(Guid id, Guid tableId) => Page("/Admin/Decisions/Funding/Move", new { id, tableId });

    public string DeleteFundingTable(Guid id, Guid tableId) => Page("/Admin/Decisions/Funding/Delete", new { id, tableId });

    public string NewAttachment(Guid id) => Page("/Admin/Decisions/Attachments/New", new { id });

    public string Attachment(Guid id, Guid attachmentId) => Page("/Admin/Decisions/Attachments/Download", new { id, attachmentId });

    public string DeleteAttachment(Guid id, Guid attachmentId) => Page("/Admin/Decisions/Attachments/Delete", new { id, attachmentId });

    public string ExplainNote(Guid id, Guid noteId) => Page("/Admin/Decisions/Notes/Edit", new { id, noteId });

    public string Panel(object? query = null) => Page("/Admin/Reports/Panel", query: query);

    public string Users() => Page("/Admin/Users/Index");

    public string NewUser() => Page("/Admin/Users/New");

    public string User(string id) => Page("/Admin/Users/Edit", new { id });

    public string OfficeHolders() => Page("/Admin/OfficeHolders/Index");

    public string NewOfficeHolder() => Page("/Admin/OfficeHolders/Edit");

    public string OfficeHolder(Guid id) => Page("/Admin/OfficeHolders/Edit", new { id });

    public string Import() => Page("/Admin/Import/Index");

    public string ImportBatch(Guid batchId) => Page("/Admin/Import/Batch", new { batchId });

    public string ImportSummary(Guid batchId) => Page("/Admin/Import/Summary", new { batchId });

    public string Category(Guid id) => Page("/Admin/Decisions/Category", new { id });

    public string AwaitingReview() => Page("/Admin/Decisions/AwaitingReview");

    public string Review(Guid id) => Page("/Admin/Decisions/Review", new { id });

    public string Audit(object? query = null) => Page("/Admin/Audit/Index", query: query);

    /// <param name="query">
    /// Added as a query string after the route is found, never offered to routing: a query value named "page" would
    /// otherwise be taken for the Razor page's own name.
    /// </param>
    private string Page(string page, object? values = null, string? fragment = null, object? query = null)
    {
        var path = generator.GetPathByPage(page, handler: null, values)
            ?? throw new InvalidOperationException($"No route reaches the page {page} with those values.");
        return path + Query(query) + (fragment is null ? "" : $"#{fragment}");
    }

    private static string Query(object? query) =>
        QueryString.Create(new RouteValueDictionary(query).Where(p => p.Value is not null && p.Value.ToString() is { Length: > 0 })
            .Select(p => new KeyValuePair<string, string?>(p.Key, Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)))).ToUriComponent();

    private string Endpoint(string name, object? values = null) =>
        generator.GetPathByName(name, values) ?? throw new InvalidOperationException($"No route reaches the endpoint {name} with those values.");
}
