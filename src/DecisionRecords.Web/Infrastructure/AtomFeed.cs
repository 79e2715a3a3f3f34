using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The latest publications as an Atom feed, written by System.ServiceModel.Syndication from published versions only.</summary>
public static class AtomFeed
{
    public static async Task Write(HttpContext context, PublicRegister register, PublicUrls urls, Links links, IOptions<OrganisationOptions> organisation, CancellationToken cancellationToken)
    {
        var request = context.Request.Query;
        var criteria = AlertCriteria.From(request["q"], request["category"], request["organisation"], request["funding-year"], request["outcome"]);
        var query = new RegisterQuery(criteria.Q, FundingYear: criteria.FundingYear, Category: criteria.Category, Outcome: criteria.Outcome, Organisation: criteria.Organisation);
        var view = new Dictionary<string, object?>
        {
            ["q"] = criteria.Q,
            ["category"] = criteria.Category,
            ["organisation"] = criteria.Organisation,
            ["funding-year"] = criteria.FundingYear,
            ["outcome"] = criteria.Outcome?.ToString(),
        };
        var self = urls.Absolute(links.Feed(view));
        var versions = await register.Filter(query).OrderByDescending(v => v.PublishedAt).Take(50).ToListAsync(cancellationToken);
        var feed = new SyndicationFeed(
            XmlSafe.Text($"Decisions of the {organisation.Value.CommissionerTitle}{(criteria.IsEverything ? "" : $": {criteria.Describe()}")}"),
            null,
            new Uri(urls.Absolute(links.Register(view))),
            self,
            versions.FirstOrDefault()?.PublishedAt ?? DateTimeOffset.UnixEpoch)
        {
            Copyright = new TextSyndicationContent($"{OpenData.Licence} ({OpenData.LicenceUrl})"),
        };
        feed.Authors.Add(new SyndicationPerson { Name = XmlSafe.Text(organisation.Value.OfficeName) });
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", null, "application/atom+xml", 0));
        feed.Items = versions.Select(v =>
        {
            var value = v.ValuePence is not { } pence ? ""
                : v.Outcome == DecisionOutcome.NotSupported ? $"; proposed value {Money.Format(pence)}, not supported, so no money is committed"
                : $"; value of the decision {Money.Format(pence)}{(v.ValueIsStated ? " as the record states it" : "")}";
            var outcome = RecordWording.Outcome(v);
            var item = new SyndicationItem(
                XmlSafe.Text(v.Title is null ? $"{v.Reference}: not published" : $"{v.Reference}: {v.Title}"),
                (SyndicationContent?)null,
                new Uri(urls.Absolute(links.Decision(v.Slug))),
                urls.Absolute(links.Decision(v.Slug, $"version-{v.Number}")),
                v.PublishedAt)
            {
                PublishDate = v.FirstPublishedAt,
                Summary = new TextSyndicationContent(XmlSafe.Text($"{outcome} on {UkTime.FormatDate(v.DecisionDate)}{value}{(v.ChangeNote is null ? "" : $". {v.ChangeNote}")}")),
            };
            return item;
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
