using System.Globalization;
using System.Text;
using System.Xml;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The public register's feeds, open data and files. Like the pages, they read only published versions.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("").AllowAnonymous().CachePublicly();
        group.MapGet("/decisions.csv", OpenData.DecisionsCsv).WithName(EndpointNames.DecisionsCsv);
        group.MapGet("/funding-lines.csv", OpenData.FundingLinesCsv).WithName(EndpointNames.FundingLinesCsv);
        group.MapGet("/decisions.json", OpenData.DecisionsJson).WithName(EndpointNames.DecisionsJson);
        group.MapGet("/decisions/feed.atom", AtomFeed.Write).WithName(EndpointNames.Feed);
        group.MapGet("/sitemap.xml", Sitemap).WithName(EndpointNames.Sitemap);
        group.MapGet("/robots.txt", (PublicUrls urls, Links links) => Results.Text(
            $"User-agent: *\nDisallow: {links.Dashboard()}\nDisallow: /account\nSitemap: {urls.Absolute(links.Sitemap())}\n", "text/plain"));
        // Browsers ask for /favicon.ico whatever the page says: the one icon is an SVG.
        group.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
        app.MapGet("/decisions/{slug}/documents/{id:guid}", Document).AllowAnonymous().WithName(EndpointNames.PublicDocument);
    }

    private static async Task Sitemap(HttpContext context, PublicRegister register, PublicUrls urls, Links links, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("urlset", ns);
        foreach (var path in new[] { links.Home(), links.Register(), links.Funding() })
        {
            xml.WriteStartElement("url", ns);
            xml.WriteElementString("loc", ns, urls.Absolute(path));
            xml.WriteEndElement();
        }

        await foreach (var v in register.Latest().Select(v => new { v.Slug, v.PublishedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            xml.WriteStartElement("url", ns);
            xml.WriteElementString("loc", ns, urls.Absolute(links.Decision(v.Slug)));
            xml.WriteElementString("lastmod", ns, v.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task<IResult> Document(string slug, Guid id, HttpContext context, PublicRegister register, DecisionRecordsDbContext db, CancellationToken cancellationToken)
    {
        var version = await register.FindAsync(slug, cancellationToken);
        var attachment = version is null ? null : PublishedDecision.FromJson(version.ContentJson).Attachments.FirstOrDefault(a => a.Id == id);
        if (attachment is null)
        {
            return Results.NotFound();
        }

        var data = await db.AttachmentContents.Where(c => c.AttachmentId == id).Select(c => c.Data).SingleOrDefaultAsync(cancellationToken);
        context.Response.Headers.CacheControl = "public, no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return data is null ? Results.NotFound() : Results.File(data, attachment.ContentType, attachment.FileName);
    }
}
