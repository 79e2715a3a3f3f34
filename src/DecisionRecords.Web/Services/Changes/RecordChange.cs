using System.Diagnostics.CodeAnalysis;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;

namespace DecisionRecords.Web.Services.Changes;

/// <summary>One change in progress: the loaded record, who is acting, and the events the change raises.</summary>
public sealed class RecordChange(DecisionRecord record, ActingContext actor, string actorName, bool isNew)
{
    private readonly List<(AuditPayload Payload, string? ContentHash)> _events = [];

    public DecisionRecord Record => record;

    public ActingContext Actor => actor;

    /// <summary>The acting user's name as they are known in the service, for what the record itself keeps ("returned by").</summary>
    public string ActorName => actorName;

    public bool IsNew => isNew;

    public bool IsDeleted { get; private set; }

    public IReadOnlyList<(AuditPayload Payload, string? ContentHash)> Events => _events;

    public void Raise(AuditPayload payload, string? contentHash = null) => _events.Add((payload, contentHash));

    public void Delete() => IsDeleted = true;

    [DoesNotReturn]
    public void Refuse(string message, string? field = null) => throw new ChangeRefusedException(message, field);
}
