using System.Text.RegularExpressions;
using DecisionRecords.Tests.Infrastructure;

namespace DecisionRecords.Tests.Architecture;

/// <summary>Habits of the code that a reviewer should not have to check by eye.</summary>
public partial class SourceRulesTests
{
    private static IEnumerable<string> Sources(string extension) =>
        Directory.EnumerateFiles(Repository.Path("src"), $"*.{extension}", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.Path("tests"), $"*.{extension}", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> ServiceSources(string extension) =>
        Sources(extension).Where(p => p.StartsWith(Repository.Path("src"), StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path);

    [GeneratedRegex(@"(?<![?\w])<(div|p|span|a|input|label|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|fieldset|legend|textarea|select|option|button|form|svg|dl|dt|dd|strong|em|details|summary|nav|img|br)[\s>/]")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(public|internal) (?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record|enum|interface|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [Fact]
    public void NoHtmlIsBuiltInCSharp_GovukMarkupLivesInRazorTemplates()
    {
        var offences = ServiceSources("cs")
            .SelectMany(path => File.ReadLines(path).Select((line, n) => (path, line, n)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && HtmlTag().IsMatch(x.line))
            .Select(x => $"{Relative(x.path)}:{x.n + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, "HTML built in C#:\n" + string.Join('\n', offences));

        // Sanitised Markdown is the one HTML the service makes outside a template, and it is made by Markdig and HtmlSanitizer.
        var htmlStrings = ServiceSources("cs").Where(p => File.ReadAllText(p).Contains("new HtmlString(", StringComparison.Ordinal)).Select(Relative).ToList();
        Assert.Equal([Path.Combine("src", "DecisionRecords.Web", "Services", "RichText.cs")], htmlStrings);
    }

    [Fact]
    public void ViewsHoldNoCodeBlocksThatWriteHtml_AndNeverReadTheDatabase()
    {
        foreach (var view in ServiceSources("cshtml"))
        {
            var text = File.ReadAllText(view);
            Assert.False(text.Contains("@functions", StringComparison.Ordinal), $"{Relative(view)} has an @functions block");
            Assert.False(text.Contains("HtmlString", StringComparison.Ordinal), $"{Relative(view)} builds an HtmlString");
            Assert.False(text.Contains("DbContext", StringComparison.Ordinal), $"{Relative(view)} reaches for the database");
        }

        var raw = ServiceSources("cshtml").Where(v => File.ReadAllText(v).Contains("Html.Raw", StringComparison.Ordinal)).Select(Relative).ToList();
        Assert.Equal([Path.Combine("src", "DecisionRecords.Web", "Pages", "Account", "Security.cshtml")], raw);
    }

    [Fact]
    public void EachFileHoldsOnePublicTypeNamedAfterIt()
    {
        var offences = new List<string>();
        foreach (var path in Sources("cs"))
        {
            var types = TopLevelType().Matches(File.ReadAllText(path)).Select(m => m.Groups[2].Value).ToList();
            var name = Path.GetFileNameWithoutExtension(path);
            var expected = name.EndsWith(".cshtml", StringComparison.Ordinal) ? $"{name[..^7]}Model" : name;
            if (types.Count > 1 || (types.Count == 1 && types[0] != expected))
            {
                offences.Add($"{Relative(path)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(offences.Count == 0, "Files holding other types than their own:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void ServicesDoNotReachForTheHttpRequest()
    {
        var offences = ServiceSources("cs")
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}Services{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p) is var text && (text.Contains("IHttpContextAccessor", StringComparison.Ordinal) || text.Contains("HttpContext.", StringComparison.Ordinal)))
            .Select(Relative)
            .ToList();
        Assert.True(offences.Count == 0, "Services reading the request: " + string.Join(", ", offences));
    }

    [Fact]
    public void NoServiceIsLongerThanItsOneJob()
    {
        var long150 = ServiceSources("cs")
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}Services{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && p.EndsWith("Service.cs", StringComparison.Ordinal))
            .Select(p => (Path: Relative(p), Lines: File.ReadAllLines(p).Length))
            .Where(f => f.Lines > 160)
            .ToList();
        Assert.True(long150.Count == 0, "Services over 160 lines: " + string.Join(", ", long150.Select(f => $"{f.Path} ({f.Lines})")));
    }
}
