using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <param name="Explanation">The Monitoring Officer's public explanation, where one is given.</param>
public sealed record PublishedNote(NoteKind Kind, string Text, string? Concerns, string? Explanation)
{
    public static PublishedNote From(RecordNote note) => new(note.Kind, note.Text, note.Concerns, note.PublicExplanation);
}
