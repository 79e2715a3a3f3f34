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

    public void Record(ImportItemState state, string? reference, string? refusal, IReadOnlyList<string> notes)
    {
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
