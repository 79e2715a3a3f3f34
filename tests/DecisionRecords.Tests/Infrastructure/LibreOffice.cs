using System.Diagnostics;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Word documents made into PDFs the way an office's own export does it: by a word processor, not by this service.</summary>
public static class LibreOffice
{
    public const string Path = "/usr/bin/soffice";

    /// <summary>Each Word document (by name) printed to PDF by LibreOffice, in one run of it.</summary>
    public static Task<IReadOnlyDictionary<string, byte[]>> ToPdfAsync(IReadOnlyDictionary<string, byte[]> documents) => ConvertAsync(documents, "pdf", "pdf");

    /// <summary>Each Word document (by name) opened and saved again as Word by LibreOffice: Word as another word processor writes it.</summary>
    public static Task<IReadOnlyDictionary<string, byte[]>> ResavedAsWordAsync(IReadOnlyDictionary<string, byte[]> documents) => ConvertAsync(documents, "docx:MS Word 2007 XML", "docx", "out");

    private static async Task<IReadOnlyDictionary<string, byte[]>> ConvertAsync(IReadOnlyDictionary<string, byte[]> documents, string filter, string extension, string? outFolder = null)
    {
        var folder = Directory.CreateTempSubdirectory("decision-records-pdf-");
        try
        {
            foreach (var (name, bytes) in documents)
            {
                await File.WriteAllBytesAsync(System.IO.Path.Combine(folder.FullName, $"{name}.docx"), bytes);
            }

            // Its own profile folder, so that runs in parallel do not wait on each other's lock.
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.FullName };
            var outdir = outFolder is null ? folder.FullName : System.IO.Path.Combine(folder.FullName, outFolder);
            foreach (var argument in new[] { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", filter, "--outdir", outdir })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var name in documents.Keys)
            {
                start.ArgumentList.Add($"{name}.docx");
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(process.ExitCode == 0, $"LibreOffice failed: {await output} {await errors}");
            return documents.Keys.ToDictionary(n => n, n => File.ReadAllBytes(System.IO.Path.Combine(outdir, $"{n}.{extension}")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
