namespace DecisionRecords.EndToEndTests;

public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserApp.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {BrowserApp.ChromiumPath} (apt-get install chromium fonts-liberation, as .ci/run does).";
        }
    }
}
