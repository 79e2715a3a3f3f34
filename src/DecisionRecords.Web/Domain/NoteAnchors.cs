using System.Globalization;

namespace DecisionRecords.Web.Domain;

/// <summary>The names of the things a note can be about, shared by the importer that writes notes and the views that place them.</summary>
public static class NoteAnchors
{
    private const string TablePrefix = "table:";

    public const string Value = "value";

    public const string Dates = "dates";

    public static string Signature(SignOffStep step) => $"signature:{step}";

    public static string Answer(string question) => $"answer:{question}";

    public static string Table(Guid tableId) => string.Create(CultureInfo.InvariantCulture, $"{TablePrefix}{tableId:N}");

    public static bool IsTable(string? anchor) => anchor is not null && anchor.StartsWith(TablePrefix, StringComparison.Ordinal);

}
