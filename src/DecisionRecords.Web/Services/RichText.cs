using Ganss.Xss;
using Markdig;
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
