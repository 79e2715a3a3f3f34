using System.Diagnostics;

namespace DecisionRecords.Tests.Services.Sealing;

/// <summary>Poppler's own readers (Debian poppler-utils, installed by .ci/run), as an independent check of what the service writes.</summary>
public static class PopplerTools
{
    public static bool Installed => File.Exists("/usr/bin/pdfsig") && File.Exists("/usr/bin/pdfinfo");

    public static async Task<string> RunAsync(string tool, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"poppler-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
