using DecisionRecords.Tests.Infrastructure;

namespace DecisionRecords.Tests.Pages.Verify;

public static class VerifyHelpers
{
    /// <summary>Checks a copy on /verify as a member of the public would: by uploading the file, pasting its SHA-256, or both.</summary>
    public static async Task<HttpResponseMessage> CheckCopyAsync(this HttpClient client, byte[]? file, string? sha256 = null)
    {
        var form = await client.GetDocumentAsync("/verify");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(sha256 ?? ""), "Input.Sha256" },
        };
        if (file is not null)
        {
            var upload = new ByteArrayContent(file);
            upload.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(upload, "Input.File", "copy.pdf");
        }

        return await client.PostAsync("/verify", content);
    }
}
