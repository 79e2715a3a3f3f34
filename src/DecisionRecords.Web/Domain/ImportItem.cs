namespace DecisionRecords.Web.Domain;

/// <summary>One document of an import batch: the file as uploaded until it is imported, and what reading it found.</summary>
public class ImportItem
{
    public const int FileNameMaxLength = 255;
    public const int RefusalMaxLength = 1000;

    private ImportItem()
    {
    }

    public ImportItem(Guid id, Guid batchId, int position, string fileName, byte[] content)
    {
        Id = id;
        BatchId = batchId;
        Position = position;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        Content = content;
        SizeBytes = content.LongLength;
    }

    public Guid Id { get; private set; }

    public Guid BatchId { get; private set; }

    public int Position { get; private set; }

    public string FileName { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>The document as uploaded; let go once it is imported (the record keeps it) or the batch is finished.</summary>
    public byte[]? Content { get; private set; }

    public ImportItemState State { get; private set; }

    public string? Reference { get; private set; }

    public string? Refusal { get; private set; }

    /// <summary>The notes reading found (discrepancies and inferences), each with its line.</summary>
    public List<string> Notes { get; private set; } = [];

    /// <summary>How many times in a row reading it began without an answer: a document that stops the worker is not read forever.</summary>
    public const int MaxAttempts = 2;

    /// <summary>Readings of the document begun and not yet answered; saved before each reading, so a crash leaves its mark.</summary>
    public int Attempts { get; private set; }

    /// <summary>
    /// Marks a reading as begun; false, with the document refused, when earlier readings each ended with the worker
    /// stopped (the process died, or was stopped) before it answered.
    /// </summary>
    public bool BeginAttempt()
    {
        if (Attempts >= MaxAttempts)
        {
            Record(ImportItemState.Refused, null, $"reading this document stopped the import {Attempts} times, so it is refused; check that it opens, and save it again as a new file", []);
            return false;
        }

        Attempts++;
        return true;
    }

    public void Record(ImportItemState state, string? reference, string? refusal, IReadOnlyList<string> notes)
    {
        Attempts = 0;
        State = state;
        Reference = reference;
        Refusal = refusal is null ? null : refusal.Length > RefusalMaxLength ? refusal[..RefusalMaxLength] : refusal;
        Notes = [.. notes];
        if (state is ImportItemState.Imported or ImportItemState.Unchanged or ImportItemState.Refused)
        {
            Content = null;
        }
    }

    /// <summary>At the end of a batch, documents that were not imported are let go too.</summary>
    public void Release() => Content = null;
}
