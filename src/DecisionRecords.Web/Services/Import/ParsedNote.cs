using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>A note on a record being read: its words, the line of the original, and what it is about.</summary>
/// <param name="Concerns">An anchor from <see cref="NoteAnchors"/>; for a table, see <paramref name="Table"/>.</param>
/// <param name="Table">The position of the table the note is about among the record's tables.</param>
public sealed record ParsedNote(NoteKind Kind, string Text, int? Line, string? Concerns = null, int? Table = null)
{
    public string Describe() => Line is { } line ? $"{Text} (line {line})" : Text;
}
