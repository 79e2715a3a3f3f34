namespace DecisionRecords.Tests.Infrastructure;

/// <summary>Runs where LibreOffice is installed (CI installs it); elsewhere the test is skipped and says why.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!File.Exists(LibreOffice.Path))
        {
            Skip = $"LibreOffice is not installed at {LibreOffice.Path} (apt-get install libreoffice-writer-nogui, as .ci/run does).";
        }
    }
}
