namespace DecisionRecords.Tests.Infrastructure;

/// <summary>The repository the tests run from, for tests that read its docs and sources.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "DecisionRecords.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DecisionRecords.sln above {AppContext.BaseDirectory}");
    }
}
