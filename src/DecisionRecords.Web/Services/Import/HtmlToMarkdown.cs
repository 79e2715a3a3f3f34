using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DecisionRecords.Web.Services.Import;

/// <summary>
/// Reads the HTML that archived records carry in their tables (Word's export: paragraphs, bold, lists with ➤ and •
/// bullets) into the Markdown subset the editor uses, so the formatting the original shows is kept.
/// </summary>
public static class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    public static bool LooksLikeHtml(string text) => text.Contains('<', StringComparison.Ordinal) && text.Contains('>', StringComparison.Ordinal);

    public static string Convert(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var blocks = new List<string>();
        var inline = new StringBuilder();
        Blocks(document.Body!, blocks, inline);
        Flush(blocks, inline);
        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    private static void Blocks(INode parent, List<string> blocks, StringBuilder inline)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement element)
            {
                switch (element.LocalName)
                {
                    case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        Flush(blocks, inline);
                        var text = Inline(element).Trim();
                        blocks.Add(element.LocalName.StartsWith('h') && text.Length > 0 && !text.StartsWith("**", StringComparison.Ordinal) ? $"**{text}**" : text);
                        continue;
                    case "ul" or "ol":
                        Flush(blocks, inline);
                        var number = 1;
                        var items = element.Children.Where(c => c.LocalName == "li")
                            .Select(li => Inline(li).Trim())
                            .Select(Unbullet)
                            .Where(t => t.Length > 0)
                            .Select(t => element.LocalName == "ol" ? $"{number++}. {t}" : $"- {t}");
                        blocks.Add(string.Join("\n", items));
                        continue;
                    case "br":
                        inline.Append('\n');
                        continue;
                }

                inline.Append(Inline(element));
            }
            else if (node.NodeType == NodeType.Text)
            {
                inline.Append(Collapse(node.TextContent));
            }
        }
    }

    private static string Inline(INode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                var inner = Inline(element);
                text.Append(element.LocalName switch
                {
                    "b" or "strong" => Wrap(inner, "**"),
                    "i" or "em" => Wrap(inner, "*"),
                    "br" => "\n",
                    "li" => "\n- " + Unbullet(inner.Trim()),
                    "p" or "div" => "\n\n" + inner.Trim() + "\n\n",
                    _ => inner,
                });
            }
            else if (child.NodeType == NodeType.Text)
            {
                text.Append(Collapse(child.TextContent));
            }
        }

        return text.ToString();
    }

    /// <summary>Emphasis around the words, never around the spaces next to them (Markdown would not read it).</summary>
    private static string Wrap(string inner, string marker)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0)
        {
            return inner;
        }

        // Nested bold in bold (<b><u><b>x</b></u></b>) stays one run.
        if (trimmed.StartsWith(marker, StringComparison.Ordinal) && trimmed.EndsWith(marker, StringComparison.Ordinal) && trimmed.Length > marker.Length * 2)
        {
            return inner;
        }

        var lead = inner[..(inner.Length - inner.TrimStart().Length)];
        var trail = inner[inner.TrimEnd().Length..];
        return $"{lead}{marker}{trimmed}{marker}{trail}";
    }

    /// <summary>Bullet characters typed into list items ("➤ Pride of place") are the list's own bullets.</summary>
    public static string Unbullet(string text) => text.TrimStart('➤', '•', '▪', '●', '◦', '‣', '-', '–', ' ', '\u00a0').Trim();

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        if (space)
        {
            result.Append(' ');
        }

        return result.ToString();
    }

    private static void Flush(List<string> blocks, StringBuilder inline)
    {
        var text = inline.ToString().Trim();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }

        inline.Clear();
    }
}
