namespace DecisionRecords.Web.Domain;

/// <summary>
/// A note on a record that the public reads beside it: a discrepancy in the original, or something the register
/// inferred. The Monitoring Officer can add a public explanation.
/// </summary>
public class RecordNote
{
    public const int TextMaxLength = 2000;
    public const int ConcernsMaxLength = 200;
    public const int ExplanationMaxLength = 2000;

    private RecordNote()
    {
    }

    public RecordNote(Guid id, Guid decisionRecordId, int position, NoteKind kind, string text, string? concerns)
    {
        Id = id;
        DecisionRecordId = decisionRecordId;
        Position = position;
        Kind = kind;
        Text = text.Length > TextMaxLength ? text[..TextMaxLength] : text;
        Concerns = concerns;
    }

    public Guid Id { get; private set; }

    public Guid DecisionRecordId { get; private set; }

    public int Position { get; private set; }

    public NoteKind Kind { get; private set; }

    /// <summary>The note in plain words.</summary>
    public string Text { get; private set; } = "";

    /// <summary>What the note is about, so it can stand beside it: see <see cref="NoteAnchors"/>.</summary>
    public string? Concerns { get; private set; }

    public string? PublicExplanation { get; private set; }

    public string? ExplainedBy { get; private set; }

    public DateTimeOffset? ExplainedAt { get; private set; }

    internal void Explain(string? explanation, string by, DateTimeOffset now)
    {
        PublicExplanation = string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim();
        ExplainedBy = PublicExplanation is null ? null : by;
        ExplainedAt = PublicExplanation is null ? null : now;
    }
}
