using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The forward plan as an Atom feed: an entry per item, updated when the item changes; exempt items in general terms only.</summary>
public static class ForwardPlanFeed
{
    public static void MapForwardPlanFeed(this WebApplication app) =>
        app.MapGet("/forward-plan/feed.atom", WriteAsync).AllowAnonymous().WithName(EndpointNames.ForwardPlanFeed);

    private static async Task WriteAsync(HttpContext context, [AsParameters] PlanFilter filter, ForwardPlan plan, PublicUrls urls, Links links, IOptions<OrganisationOptions> organisation, CancellationToken cancellationToken)
    {
        var items = (await plan.PublicAsync(filter, cancellationToken)).Items.OrderByDescending(i => i.UpdatedAt).Take(100).ToList();
        var page = urls.Absolute(links.ForwardPlan());
        var self = urls.Absolute(links.ForwardPlanFeed(filter));
        var title = $"Forward plan of the {organisation.Value.CommissionerTitle}{(filter.IsEmpty ? "" : " (filtered)")}";
        var feed = new SyndicationFeed(XmlSafe.Text(title), null, new Uri(page), self, items.FirstOrDefault()?.UpdatedAt ?? DateTimeOffset.UnixEpoch)
        {
            Copyright = new TextSyndicationContent($"{OpenData.Licence} ({OpenData.LicenceUrl})"),
        };
        feed.Authors.Add(new SyndicationPerson { Name = XmlSafe.Text(organisation.Value.OfficeName) });
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", null, "application/atom+xml", 0));
        feed.Items = items.Select(item => new SyndicationItem(
            XmlSafe.Text($"{item.PublicTitle}{(item.Status == PlanItemStatus.Planned ? "" : $" ({item.Status.ToString().ToLowerInvariant()})")}"),
            (SyndicationContent?)null,
            new Uri($"{page}#item-{item.Id}"),
            $"urn:uuid:{item.Id}",
            item.UpdatedAt)
        {
            PublishDate = item.FirstPublishedAt,
            Summary = new TextSyndicationContent(XmlSafe.Text(
                $"{item.DecisionMaker.DisplayName()}, expected {item.Expected}. {(item.IsKeyDecision ? "Key decision" : "Not a key decision")}. "
                + (item.IsExempt ? $"Exempt: {item.ExemptReason}" : item.Matter)
                + (item.StatusReason is null ? "" : $" {(item.Status == PlanItemStatus.Withdrawn ? "Withdrawn" : "Deferred")}: {item.StatusReason}"))),
        }).ToList();

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        context.Response.Headers.Link = $"<{OpenData.LicenceUrl}>; rel=\"license\"";
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, cancellationToken);
    }
}
