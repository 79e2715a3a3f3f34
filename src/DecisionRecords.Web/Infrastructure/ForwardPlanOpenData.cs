using System.Globalization;
using System.Text;
using System.Text.Json;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// The forward plan as open data, forward-plan.csv and forward-plan.json, with the same filters as the page: what the
/// public page shows of each item and no more (an exempt item in general terms, with its reason).
/// </summary>
public static class ForwardPlanOpenData
{
    public static void MapForwardPlanOpenData(this WebApplication app)
    {
        app.MapGet("/forward-plan.csv", CsvAsync).AllowAnonymous().WithName(EndpointNames.ForwardPlanCsv);
        app.MapGet("/forward-plan.json", JsonAsync).AllowAnonymous().WithName(EndpointNames.ForwardPlanJson);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"2027-03" for a month, "2027-03-14" where the day is known.</summary>
    private static string Expected(PlanItem item) => item.ExpectedDayKnown ? Date(item.ExpectedOn) : item.ExpectedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static async Task CsvAsync(HttpContext context, [AsParameters] PlanFilter filter, ForwardPlan plan, PublicUrls urls, Links links, CancellationToken cancellationToken)
    {
        var view = await plan.PublicAsync(filter, cancellationToken);
        Start(context, "text/csv; charset=utf-8", "forward-plan.csv");
        await using var text = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await using (var csv = OpenData.Csv(text))
        {
            await csv.WriteRecordAsync(
            [
                "id", "title", "matter", "decision_maker", "expected", "key_decision", "key_decision_because", "category", "lead_officer",
                "documents", "representations", "exempt", "exempt_reason", "status", "status_reason", "first_published", "last_changed",
                "decision_reference", "decision_url",
            ], cancellationToken);
            foreach (var item in view.Items)
            {
                var decision = view.DecisionOf(item);
                await csv.WriteRecordAsync(
                [
                    item.Id.ToString(), item.PublicTitle, item.IsExempt ? "" : item.Matter, item.DecisionMaker.DisplayName(), Expected(item),
                    item.IsKeyDecision ? "yes" : "no", item.KeyDecisionBecause, item.Category ?? "", item.LeadOfficer,
                    item.IsExempt ? "" : item.Documents ?? "", item.Representations ?? "", item.IsExempt ? "yes" : "no", item.ExemptReason ?? "",
                    view.StatusOf(item), item.StatusReason ?? "", Time(item.FirstPublishedAt), Time(item.UpdatedAt),
                    decision?.Reference ?? "", decision is null ? "" : urls.Absolute(links.Decision(decision.Slug)),
                ], cancellationToken);
            }
        }
    }

    private static async Task JsonAsync(HttpContext context, [AsParameters] PlanFilter filter, ForwardPlan plan, PublicUrls urls, Links links, CancellationToken cancellationToken)
    {
        var view = await plan.PublicAsync(filter, cancellationToken);
        Start(context, "application/json; charset=utf-8", "forward-plan.json");
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("licence", OpenData.Licence);
        json.WriteString("licenceUrl", OpenData.LicenceUrl);
        json.WriteString("page", urls.Absolute(links.ForwardPlan()));
        json.WriteStartArray("items");
        foreach (var item in view.Items)
        {
            var decision = view.DecisionOf(item);
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.PublicTitle);
            json.WriteString("matter", item.IsExempt ? null : item.Matter);
            json.WriteString("decisionMaker", item.DecisionMaker.DisplayName());
            json.WriteString("expected", Expected(item));
            json.WriteBoolean("keyDecision", item.IsKeyDecision);
            json.WriteString("keyDecisionBecause", item.KeyDecisionBecause);
            json.WriteString("category", item.Category);
            json.WriteString("leadOfficer", item.LeadOfficer);
            json.WriteString("documents", item.IsExempt ? null : item.Documents);
            json.WriteString("representations", item.Representations);
            json.WriteBoolean("exempt", item.IsExempt);
            json.WriteString("exemptReason", item.ExemptReason);
            json.WriteString("status", view.StatusOf(item));
            json.WriteString("statusReason", item.StatusReason);
            json.WriteString("firstPublished", Time(item.FirstPublishedAt));
            json.WriteString("lastChanged", Time(item.UpdatedAt));
            if (decision is null)
            {
                json.WriteNull("decision");
            }
            else
            {
                json.WriteStartObject("decision");
                json.WriteString("reference", decision.Reference);
                json.WriteString("url", urls.Absolute(links.Decision(decision.Slug)));
                json.WriteString("decisionDate", decision.DecisionDate is { } on ? Date(on) : null);
                json.WriteEndObject();
            }

            json.WriteStartArray("history");
            foreach (var change in item.Changes.OrderBy(c => c.ChangedAt))
            {
                json.WriteStartObject();
                json.WriteString("at", Time(change.ChangedAt));
                json.WriteString("summary", change.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Start(HttpContext context, string contentType, string fileName)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        context.Response.Headers.Link = $"<{OpenData.LicenceUrl}>; rel=\"license\"";
    }
}
