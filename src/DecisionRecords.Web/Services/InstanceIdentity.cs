namespace DecisionRecords.Web.Services;

/// <summary>This instance of the service among the others on the same database: the owner of the work it claims.</summary>
public sealed class InstanceIdentity
{
    public string Name { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Truncate(string name) => name.Length > Domain.WorkClaim.OwnerMaxLength ? name[^Domain.WorkClaim.OwnerMaxLength..] : name;
}
