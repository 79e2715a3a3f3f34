namespace DecisionRecords.Web.Domain;

/// <summary>
/// Documents an administrator uploaded together: checked first, then imported on their word. The work runs in the
/// background, one document at a time, so an administrator can leave the page and come back to it.
/// </summary>
public class ImportBatch
{
    public const int MaxItems = 2000;

    private ImportBatch()
    {
    }

    public ImportBatch(Guid id, string createdByUserId, string createdByName, DateTimeOffset now, bool replace, bool holdForReview)
    {
        Id = id;
        CreatedByUserId = createdByUserId;
        CreatedByName = createdByName;
        CreatedAt = now;
        Replace = replace;
        HoldForReview = holdForReview;
        Phase = ImportBatchPhase.Checking;
    }

    public Guid Id { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Replace { get; private set; }

    public bool HoldForReview { get; private set; }

    public ImportBatchPhase Phase { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public List<ImportItem> Items { get; private set; } = [];

    public int Version { get; private set; }

    public void Add(string fileName, byte[] content)
    {
        if (Phase != ImportBatchPhase.Checking || Items.Count >= MaxItems)
        {
            throw new DomainException($"A batch takes at most {MaxItems:N0} documents, added before it is checked.");
        }

        Items.Add(new ImportItem(Guid.NewGuid(), Id, Items.Count, fileName, content));
    }

    /// <summary>Every document read: the batch waits for the administrator's word to import, or is done when none is ready.</summary>
    public void CheckingDone(DateTimeOffset now)
    {
        Require(ImportBatchPhase.Checking);
        if (Items.Any(i => i.State == ImportItemState.Ready))
        {
            Phase = ImportBatchPhase.Checked;
            Version++;
            return;
        }

        Finish(now);
    }

    public void StartImport()
    {
        Require(ImportBatchPhase.Checked);
        if (!Items.Any(i => i.State == ImportItemState.Ready))
        {
            throw new DomainException("None of these documents is ready to import.");
        }

        Phase = ImportBatchPhase.Importing;
        Version++;
    }

    public void ImportDone(DateTimeOffset now)
    {
        Require(ImportBatchPhase.Importing);
        Finish(now);
    }

    private void Finish(DateTimeOffset now)
    {
        Phase = ImportBatchPhase.Finished;
        FinishedAt = now;
        Items.ForEach(i => i.Release());
        Version++;
    }

    private void Require(ImportBatchPhase phase)
    {
        if (Phase != phase)
        {
            throw new DomainException($"This import is {Phase.ToString().ToLowerInvariant()}, not {phase.ToString().ToLowerInvariant()}.");
        }
    }
}
