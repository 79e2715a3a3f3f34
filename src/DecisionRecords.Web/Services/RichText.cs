using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Microsoft.AspNetCore.Html;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Renders the safe Markdown subset used in record sections: paragraphs, bullet and numbered lists, bold, italic, links.
/// Raw HTML in the source is shown as text, and the output is sanitised again as a second line of defence.
/// </summary>
public static class RichText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return new HtmlString(AddGovukClasses(Sanitizer.Sanitize(html)));
    }

    /// <summary>How many top-level blocks (paragraphs, lists) the text has: the places a table can stand between.</summary>
    public static int CountBlocks(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? 0 : Markdown.Parse(markdown, Pipeline).Count;

    /// <summary>The text's top-level blocks rendered one by one, so that tables can stand between them as in the original.</summary>
    public static IReadOnlyList<IHtmlContent> ToBlocks(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<IHtmlContent>(document.Count);
        foreach (var block in document)
        {
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(block);
            writer.Flush();
            blocks.Add(new HtmlString(AddGovukClasses(Sanitizer.Sanitize(writer.ToString()))));
        }

        return blocks;
    }

    /// <summary>A table cell's text: a single paragraph stands without a paragraph's margins; longer text keeps its blocks.</summary>
    public static IHtmlContent ToCellHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var html = Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return new HtmlString(html[3..^4]);
        }

        return new HtmlString(AddGovukClasses(html));
    }

    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "ul", "ol", "li", "strong", "em", "a", "br" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("class", "govuk-link");
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }

    private static string AddGovukClasses(string html) => html
        .Replace("<p>", "<p class=\"govuk-body\">", StringComparison.Ordinal)
        .Replace("<ul>", "<ul class=\"govuk-list govuk-list--bullet\">", StringComparison.Ordinal)
        .Replace("<ol>", "<ol class=\"govuk-list govuk-list--number\">", StringComparison.Ordinal);
}
