using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The public register's feeds, open data and files. Like the pages, they read only published versions.</summary>
public static class PublicEndpoints
{
    private const string Licence = "Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)";

    public static void MapPublicEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("").AllowAnonymous().CachePublicly();
        group.MapGet("/decisions.csv", DecisionsCsv);
        group.MapGet("/funding-lines.csv", FundingLinesCsv);
        group.MapGet("/decisions.json", DecisionsJson);
        group.MapGet("/decisions/feed.atom", Feed);
        group.MapGet("/sitemap.xml", Sitemap);
        group.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /account\nSitemap: {BaseUrl(context)}/sitemap.xml\n", "text/plain"));
        app.MapGet("/decisions/{slug}/documents/{id:guid}", Document).AllowAnonymous();
    }

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private static string Outcome(PublishedVersion v) => v.IsStub ? "Not published" : v.Outcome switch
    {
        DecisionOutcome.Supported => "Supported",
        DecisionOutcome.NotSupported => "Not supported",
        _ => "Not published",
    };

    private static string Csv(string? value)
    {
        var text = value ?? "";
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static async Task DecisionsCsv(HttpContext context, PublicRegister register, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=decisions.csv";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync($"# {Licence}");
        await writer.WriteLineAsync("reference,title,decision_date,decision,category,total_commitment_gbp,first_published,last_updated,url");
        await foreach (var v in register.Latest().OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',',
                Csv(v.Reference), Csv(v.Title), v.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Csv(Outcome(v)), Csv(v.Category),
                v.TotalCommitmentPence is { } p ? Pounds(p) : "", v.FirstPublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                v.PublishedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), $"{BaseUrl(context)}/decisions/{v.Slug}"));
        }
    }

    /// <summary>One row per funding line per financial year, so that spending can be added up by year, organisation or area.</summary>
    private static async Task FundingLinesCsv(HttpContext context, PublicRegister register, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=funding-lines.csv";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync($"# {Licence}");
        await writer.WriteLineAsync("reference,decision_date,table,line,group,description,financial_year,amount_gbp,redacted_reason");
        await foreach (var v in register.Latest().Where(v => !v.IsStub).OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var content = PublishedDecision.FromJson(v.ContentJson);
            foreach (var table in content.Tables)
            {
                if (table.RedactedReason is not null)
                {
                    await writer.WriteLineAsync(string.Join(',', Csv(v.Reference), v.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Csv(table.Caption), "", "", "", "", "", Csv(table.RedactedReason)));
                    continue;
                }

                for (var i = 0; i < table.Lines.Count; i++)
                {
                    var line = table.Lines[i];
                    var description = line.RedactedReason is null ? string.Join(" / ", line.Texts.Where(t => t.Length > 0)) : "";
                    var amounts = line.RedactedReason is null ? line.AmountsPence.OrderBy(a => a.Key, StringComparer.Ordinal).ToList() : [new KeyValuePair<string, long>("", 0)];
                    foreach (var (year, pence) in amounts)
                    {
                        await writer.WriteLineAsync(string.Join(',', Csv(v.Reference), v.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Csv(table.Caption),
                            (i + 1).ToString(CultureInfo.InvariantCulture), Csv(line.Group), Csv(description), year, line.RedactedReason is null ? Pounds(pence) : "", Csv(line.RedactedReason)));
                    }
                }
            }
        }
    }

    private static async Task DecisionsJson(HttpContext context, PublicRegister register, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("licence", Licence);
        json.WriteStartArray("decisions");
        await foreach (var v in register.Latest().OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var content = PublishedDecision.FromJson(v.ContentJson);
            json.WriteStartObject();
            json.WriteString("reference", v.Reference);
            json.WriteString("url", $"{BaseUrl(context)}/decisions/{v.Slug}");
            json.WriteBoolean("published", !v.IsStub);
            json.WriteString("title", v.Title);
            json.WriteString("decisionDate", v.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("decision", Outcome(v));
            json.WriteString("category", v.Category);
            if (v.TotalCommitmentPence is { } total)
            {
                json.WriteNumber("totalCommitment", total / 100m);
            }
            else
            {
                json.WriteNull("totalCommitment");
            }

            json.WriteString("nonPublicationReasons", content.NonPublicationReasons);
            json.WriteStartArray("fundingTables");
            foreach (var table in content.Tables)
            {
                json.WriteStartObject();
                json.WriteString("caption", table.Caption);
                json.WriteString("redacted", table.RedactedReason);
                json.WriteStartArray("lines");
                foreach (var line in table.Lines)
                {
                    json.WriteStartObject();
                    json.WriteString("group", line.Group);
                    if (line.RedactedReason is not null)
                    {
                        json.WriteString("redacted", $"Redacted - {line.RedactedReason}");
                    }
                    else
                    {
                        json.WriteStartArray("texts");
                        line.Texts.ToList().ForEach(json.WriteStringValue);
                        json.WriteEndArray();
                        json.WriteStartObject("amounts");
                        foreach (var (year, pence) in line.AmountsPence.OrderBy(a => a.Key, StringComparer.Ordinal))
                        {
                            json.WriteNumber(year, pence / 100m);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task Feed(HttpContext context, PublicRegister register, IOptions<OrganisationOptions> organisation, CancellationToken cancellationToken)
    {
        var versions = await register.Latest().OrderByDescending(v => v.PublishedAt).Take(50).ToListAsync(cancellationToken);
        var baseUrl = BaseUrl(context);
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        const string atom = "http://www.w3.org/2005/Atom";
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", atom);
        xml.WriteElementString("id", atom, $"{baseUrl}/decisions/feed.atom");
        xml.WriteElementString("title", atom, $"Decisions of the {organisation.Value.CommissionerTitle}");
        xml.WriteElementString("updated", atom, (versions.FirstOrDefault()?.PublishedAt ?? DateTimeOffset.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteStartElement("author", atom);
        xml.WriteElementString("name", atom, organisation.Value.OfficeName);
        xml.WriteEndElement();
        xml.WriteElementString("rights", atom, Licence);
        WriteLink(xml, atom, "self", $"{baseUrl}/decisions/feed.atom");
        WriteLink(xml, atom, "alternate", $"{baseUrl}/decisions");
        foreach (var v in versions)
        {
            xml.WriteStartElement("entry", atom);
            xml.WriteElementString("id", atom, $"{baseUrl}/decisions/{v.Slug}#version-{v.Number}");
            xml.WriteElementString("title", atom, v.Title is null ? $"{v.Reference}: not published" : $"{v.Reference}: {v.Title}");
            xml.WriteElementString("updated", atom, v.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteElementString("published", atom, v.FirstPublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            WriteLink(xml, atom, "alternate", $"{baseUrl}/decisions/{v.Slug}");
            xml.WriteElementString("summary", atom, $"{Outcome(v)} on {UkTime.FormatDate(v.DecisionDate)}{(v.TotalCommitmentPence is { } p ? $"; total commitment {Money.Format(p)}" : "")}{(v.ChangeNote is null ? "" : $". {v.ChangeNote}")}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }

    private static void WriteLink(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static async Task Sitemap(HttpContext context, PublicRegister register, CancellationToken cancellationToken)
    {
        var baseUrl = BaseUrl(context);
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("urlset", ns);
        foreach (var path in new[] { "/", "/decisions", "/funding" })
        {
            xml.WriteStartElement("url", ns);
            xml.WriteElementString("loc", ns, baseUrl + path);
            xml.WriteEndElement();
        }

        await foreach (var v in register.Latest().Select(v => new { v.Slug, v.PublishedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            xml.WriteStartElement("url", ns);
            xml.WriteElementString("loc", ns, $"{baseUrl}/decisions/{v.Slug}");
            xml.WriteElementString("lastmod", ns, v.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task<IResult> Document(string slug, Guid id, PublicRegister register, DecisionRecordsDbContext db, CancellationToken cancellationToken)
    {
        var version = await register.FindAsync(slug, cancellationToken);
        var attachment = version is null ? null : PublishedDecision.FromJson(version.ContentJson).Attachments.FirstOrDefault(a => a.Id == id);
        if (attachment is null)
        {
            return Results.NotFound();
        }

        var data = await db.AttachmentContents.Where(c => c.AttachmentId == id).Select(c => c.Data).SingleOrDefaultAsync(cancellationToken);
        return data is null ? Results.NotFound() : Results.File(data, attachment.ContentType, attachment.FileName);
    }
}
