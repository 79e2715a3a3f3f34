namespace DecisionRecords.Web.Domain;

/// <summary>
/// One unit of background work (a record to release, a PDF to print and seal, a document to import) claimed by one
/// instance of the service until its lease runs out; another instance takes it over only after that.
/// </summary>
public class WorkClaim
{
    public const int KeyMaxLength = 200;
    public const int OwnerMaxLength = 200;

    private WorkClaim()
    {
    }

    public WorkClaim(string key, string owner, DateTimeOffset leaseUntil, DateTimeOffset claimedAt)
    {
        Key = key;
        Owner = owner;
        LeaseUntil = leaseUntil;
        ClaimedAt = claimedAt;
    }

    /// <summary>What the work is: "release:{record id}", "pdf:{version id}", "import-item:{item id}".</summary>
    public string Key { get; private set; } = "";

    /// <summary>The instance holding the claim: see <c>InstanceIdentity</c>.</summary>
    public string Owner { get; private set; } = "";

    public DateTimeOffset ClaimedAt { get; private set; }

    public DateTimeOffset LeaseUntil { get; private set; }

    /// <summary>How many times the work was claimed: more than once means an instance stopped holding it.</summary>
    public int Claims { get; private set; } = 1;

    public DateTimeOffset? CompletedAt { get; private set; }
}
