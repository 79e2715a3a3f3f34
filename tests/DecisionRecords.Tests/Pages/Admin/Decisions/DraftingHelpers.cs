using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public static class DraftingHelpers
{
    public static async Task<Guid> CreateRecordAsync(this HttpClient author, string title = "People Zones 2024/2025 Budget")
    {
        var response = await author.PostFormAsync("/admin/decisions/new", new()
        {
            ["Input.Title"] = title,
            ["Input.RecordDate.Day"] = "13",
            ["Input.RecordDate.Month"] = "3",
            ["Input.RecordDate.Year"] = "2024",
            ["Input.OfficersPresent"] = "Siobhan Peters\nKira Hughes",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Location().Split('/').Last());
    }

    /// <summary>A record with everything sign-off needs, and one funding table with two lines.</summary>
    public static async Task<Guid> CreateCompleteRecordAsync(this HttpClient author, TestApp app, string title = "People Zones 2024/2025 Budget")
    {
        var id = await author.CreateRecordAsync(title);
        await author.CompleteAsync(app, id);
        return id;
    }

    /// <summary>Writes the sections and a funding table a record needs before it can be submitted.</summary>
    public static async Task CompleteAsync(this HttpClient author, TestApp app, Guid id)
    {
        foreach (var (section, text) in new[] { ("summary-of-issue", "There are currently three People Zone areas."), ("recommendations", "Approve the budget of £148,000.00.") })
        {
            var saved = await author.PostFormAsync($"/admin/decisions/{id}/sections/{section}", new()
            {
                ["Input.Text"] = text,
                ["Input.Version"] = (await app.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var table = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", new()
        {
            ["Input.Caption"] = "Budget",
            ["Input.IncludeInTotal"] = "true",
            ["Input.Columns[0]"] = "Description",
            ["Input.Years[0]"] = "2024/25",
            ["Input.AmountHeadings[0]"] = "",
            ["Input.AmountColumnsAt"] = "1",
            ["Input.Lines[0].Texts[0]"] = "Grant funding",
            ["Input.Lines[0].Amounts[0]"] = "£120,000.00",
            ["Input.Lines[1].Texts[0]"] = "Confidential informant costs",
            ["Input.Lines[1].Amounts[0]"] = "£28,000.00",
            ["Input.Version"] = (await app.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, table.StatusCode);
    }

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    /// <summary>Attaches a document through the attach form, as the author's browser would.</summary>
    public static async Task<HttpResponseMessage> AttachAsync(this HttpClient client, Guid id, string title, string fileName, byte[] content, string isPublic)
    {
        var page = await client.GetDocumentAsync($"/admin/decisions/{id}/attachments/new");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title), "Input.Title" },
            { new StringContent(isPublic), "Input.IsPublic" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Input.File", fileName);
        return await client.PostAsync($"/admin/decisions/{id}/attachments/new", form);
    }

    public static async Task SubmitAsync(this HttpClient author, TestApp app, Guid id)
    {
        var response = await author.PostFormAsync($"/admin/decisions/{id}/submit", new()
        {
            ["version"] = (await app.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DecisionStatus.AwaitingAdvice, (await app.LoadAsync(id)).Status);
    }

    /// <summary>Fills in the sign-off form as the signer would, with their password, and posts it.</summary>
    public static async Task<HttpResponseMessage> SignAsync(this HttpClient signer, Guid id, Dictionary<string, string>? answers = null, string password = TestApp.Password)
    {
        var page = await signer.GetDocumentAsync($"/admin/decisions/{id}/sign-off");
        var fields = page.FormFields();
        fields["Input.Credential"] = password;
        fields["Input.ConfirmAdvice"] = "yes";
        fields["Input.Outcome"] = "Supported";
        foreach (var (key, value) in answers ?? [])
        {
            fields[key] = value;
        }

        return await signer.PostFormAsync($"/admin/decisions/{id}/sign-off", fields);
    }

    public static readonly Dictionary<string, string> PublishAll = new()
    {
        ["Input.PublishRecord"] = "yes",
        ["Input.PublishReport"] = "yes",
        ["Input.PublishDetails"] = "yes",
    };

    public static Task<DecisionRecord> LoadAsync(this TestApp app, Guid id) =>
        app.WithDbAsync(db => db.WholeRecords().AsNoTracking().SingleAsync(r => r.Id == id));
}
