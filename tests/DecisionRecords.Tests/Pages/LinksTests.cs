using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages;

/// <summary>Every link the service makes comes from the routes: each one resolves, and a few spell out the contract.</summary>
public class LinksTests(TestApp app) : PageTest(app)
{
    [Fact]
    public void EveryLink_ResolvesToAPathOfTheService()
    {
        App.CreateClient().Dispose();
        var links = App.Services.GetRequiredService<Links>();
        var id = Guid.Parse("0b9a3a52-4f0e-4f57-8d0a-3f1f0e3e9a11");
        foreach (var method in typeof(Links).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(Guid) => (object?)id,
                var t when t == typeof(string) && p.Name is "slug" => "EXE0019-24",
                var t when t == typeof(string) && p.Name is "section" => "recommendations",
                var t when t == typeof(string) && p.HasDefaultValue => null,
                var t when t == typeof(string) => "abc",
                var t when t == typeof(int) => 2,
                var t when t == typeof(bool) => true,
                _ => null,
            }).ToArray();
            var path = (string)method.Invoke(links, arguments)!;
            Assert.StartsWith("/", path, StringComparison.Ordinal);
        }

        Assert.Equal($"/admin/decisions/{id}#funding", links.Record(id, "funding"));
        Assert.Equal($"/admin/decisions/{id}/funding/new", links.NewFundingTable(id));
        Assert.Equal("/admin/office-holders/new", links.NewOfficeHolder());
        Assert.Equal("/decisions/EXE0019-24/versions/2.pdf", links.VersionPdf("EXE0019-24", 2));
        Assert.Equal("/decisions?q=people%20zones&page=2", links.Register(new { q = "people zones", page = 2 }));
    }
}
