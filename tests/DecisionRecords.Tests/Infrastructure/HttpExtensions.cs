using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DecisionRecords.Tests.Infrastructure;

public static class HttpExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadDocumentAsync();
    }

    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Fetches the page to get its anti-forgery token, as a browser would, then posts the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var document = await page.ReadDocumentAsync();
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {formPage ?? url} ({page.StatusCode})");
        return await client.PostRawFormAsync(url, fields, token);
    }

    public static Task<HttpResponseMessage> PostRawFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? token)
    {
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        if (token is not null)
        {
            content.Add(new("__RequestVerificationToken", token));
        }

        return client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    /// <summary>The fields a browser would submit from the page's form, with some replaced or added.</summary>
    public static Dictionary<string, string> FormFields(this IHtmlDocument document, string formSelector = "main form[method=post]", Dictionary<string, string>? overrides = null)
    {
        var form = document.QuerySelectorAll(formSelector).OfType<IHtmlFormElement>().Last();
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "file" }:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !fields.ContainsKey(input.Name):
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields[textArea.Name] = textArea.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        foreach (var (key, value) in overrides ?? [])
        {
            fields[key] = value;
        }

        return fields;
    }

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect: {response.StatusCode}");

    public static IReadOnlyList<string> ErrorSummary(this IHtmlDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? InlineError(this IHtmlDocument document, string fieldId) =>
        document.GetElementById($"{fieldId}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static string? ValueOf(this IHtmlDocument document, string id) =>
        document.GetElementById(id) switch
        {
            IHtmlTextAreaElement textArea => textArea.Value,
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        };
}
