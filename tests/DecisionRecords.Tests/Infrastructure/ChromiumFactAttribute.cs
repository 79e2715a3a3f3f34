namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Runs where Debian's Chromium is installed (CI installs it); elsewhere the test is skipped and says why.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path} (apt-get install chromium fonts-liberation, as .ci/run does).";
        }
    }
}
