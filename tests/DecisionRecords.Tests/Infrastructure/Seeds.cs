namespace DecisionRecords.Tests.Infrastructure;

/// <summary>The public decision records shipped in seeds/, copied next to the tests.</summary>
public static class Seeds
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", fileName));

    /// <summary>The text from the first line starting with <paramref name="from"/> up to (not including) the line starting with <paramref name="to"/>.</summary>
    public static string Between(string fileName, string from, string? to)
    {
        var lines = Read(fileName).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(from, StringComparison.Ordinal));
        Assert.True(start >= 0, $"'{from}' not found in {fileName}");
        var end = to is null ? lines.Length : Array.FindIndex(lines, start + 1, l => l.StartsWith(to, StringComparison.Ordinal));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]);
    }

    public static string Exe0003AppendixRows => Between("EXE0003-20.txt", "Service Name\t", null);

    public static string Exe0003Table1Rows => Between("EXE0003-20.txt", "Service area\t", "Key discussion points");
}
