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

    private static readonly Dictionary<string, string> GovukClasses = new(StringComparer.Ordinal)
    {
        ["P"] = "govuk-body",
        ["UL"] = "govuk-list govuk-list--bullet",
        ["OL"] = "govuk-list govuk-list--number",
        ["A"] = "govuk-link",
    };

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        return new HtmlString(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));
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
            blocks.Add(new HtmlString(Sanitizer.Sanitize(Render(block, implicitParagraph: false))));
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

        var document = Markdown.Parse(markdown, Pipeline);
        return document is [Markdig.Syntax.ParagraphBlock paragraph]
            ? new HtmlString(Sanitizer.Sanitize(Render(paragraph, implicitParagraph: true)))
            : new HtmlString(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));
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
        // The GOV.UK classes go on after sanitising, so no class the source wrote survives.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && GovukClasses.TryGetValue(element.TagName, out var css))
            {
                element.SetAttribute("class", css);
                if (element.TagName == "A")
                {
                    element.SetAttribute("rel", "noopener noreferrer");
                }
            }
        };
        return sanitizer;
    }

    private static string Render(Markdig.Syntax.Block block, bool implicitParagraph)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        Pipeline.Setup(renderer);
        renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }
}
