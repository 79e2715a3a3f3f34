using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Domain;

public class RichTextTests
{
    [Fact]
    public void ToHtml_SupportsTheMarkdownSubset()
    {
        var html = RichText.ToHtml("Para **bold** and *italic* with [a link](https://example.org).\n\n- one\n- two\n\n1. first\n2. second").ToString()!;
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>italic</em>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"govuk-list govuk-list--bullet\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"govuk-list govuk-list--number\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<iframe src=https://example.org></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    public void ToHtml_NeverEmitsActiveContent(string payload)
    {
        var html = RichText.ToHtml(payload).ToString()!;
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        string[] allowedTags = ["P", "UL", "OL", "LI", "STRONG", "EM", "A", "BR"];
        string[] allowedAttributes = ["href", "class", "rel"];
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.TagName, allowedTags);
            Assert.All(element.Attributes, a => Assert.Contains(a.Name, allowedAttributes));
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?:|mailto:)", href);
            }
        }
    }
}
