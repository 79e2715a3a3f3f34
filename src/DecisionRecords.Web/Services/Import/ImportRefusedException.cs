namespace DecisionRecords.Web.Services.Import;

/// <summary>A document the importer will not take, with the line where reading failed when there is one.</summary>
public sealed class ImportRefusedException(string message, int? line = null)
    : Exception(line is null ? message : $"line {line}: {message}")
{
    public int? Line { get; } = line;
}
