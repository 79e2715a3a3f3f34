namespace DecisionRecords.Tests.Infrastructure;

/// <summary>A theory that runs where Debian's Chromium is installed, as <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            Skip = $"Chromium is not installed at {ChromiumFactAttribute.Path} (apt-get install chromium fonts-liberation, as .ci/run does).";
        }
    }
}
