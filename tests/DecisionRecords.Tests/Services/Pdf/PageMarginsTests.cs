using DecisionRecords.Web.Services.Pdf;

namespace DecisionRecords.Tests.Services.Pdf;

public class PageMarginsTests
{
    [Fact]
    public void WithPageMargins_TitleTriesToEndTheStyle_IsEscapedInsideOneCssString()
    {
        var html = ChromiumPdfRenderer.WithPageMargins(
            new PdfDocument("<html><head><title>t</title></head><body></body></html>", "EXE0001-26 \"Café\" </style><script>x</script>", "Footer\\n"));

        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..(html.IndexOf("</style>", StringComparison.Ordinal) + 8)];
        Assert.Contains("content: \"EXE0001\\2d 26 \\22 Caf\\e9 \\22  \\3c \\2f style\\3e \\3c script\\3e x\\3c \\2f script\\3e \";", style, StringComparison.Ordinal);
        Assert.Contains("content: \"Footer\\5c n\";", style, StringComparison.Ordinal);
        Assert.Contains("@page :first { @top-right { content: none; } }", style, StringComparison.Ordinal);
        Assert.EndsWith("</style></head><body></body></html>", html, StringComparison.Ordinal);
    }
}
