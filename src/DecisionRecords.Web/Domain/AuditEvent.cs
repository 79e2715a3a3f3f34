using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DecisionRecords.Web.Domain.Audit;

namespace DecisionRecords.Web.Domain;

/// <summary>An append-only record of something that happened; written in the same transaction as the change.</summary>
public class AuditEvent
{
    public const int EventTypeMaxLength = 100;
    public const int ContentHashLength = 64;

    /// <summary>Events written before payloads were typed: the hash covers their text as written then.</summary>
    public const int LegacyHashForm = 1;

    public const int CurrentHashForm = 2;

    private AuditEvent()
    {
    }

    public AuditEvent(AuditPayload payload, Guid? decisionRecordId, string? userId, string? userName, string? ipAddress, DateTimeOffset occurredAt, string? contentHash)
    {
        EventType = AuditJson.EventTypeOf(payload);
        Payload = AuditJson.Write(payload);
        ContentHash = contentHash;
        HashForm = CurrentHashForm;
        DecisionRecordId = decisionRecordId;
        UserId = userId;
        UserName = userName;
        IpAddress = ipAddress;
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }

    public string EventType { get; private set; } = "";

    public Guid? DecisionRecordId { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? IpAddress { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>What happened, as JSON: one of the <see cref="AuditPayload"/> types, named by its "type".</summary>
    public string Payload { get; private set; } = "";

    /// <summary>The content hash of the record the event concerns, where it fixes one (a submission, a signature, a publication).</summary>
    public string? ContentHash { get; private set; }

    public int HashForm { get; private set; } = CurrentHashForm;

    /// <summary>Position in the chain of all events, from 1 with no gaps.</summary>
    public long Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 of this event's fields and the previous event's hash: editing or deleting any row breaks the chain.</summary>
    public string Hash { get; private set; } = "";

    public AuditPayload Read() => AuditJson.Read(Payload);

    public string Describe() => Read().Describe();

    internal void Chain(long sequence, string? previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
    {
        string[] fields = HashForm == LegacyHashForm
            ? [.. Common(), ((LegacyTextEvent)Read()).Text]
            : [.. Common(), ContentHash ?? "", Payload];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields))));
    }

    private string[] Common() =>
    [
        Sequence.ToString(CultureInfo.InvariantCulture),
        PreviousHash ?? "",
        EventType,
        DecisionRecordId?.ToString() ?? "",
        UserId ?? "",
        UserName ?? "",
        IpAddress ?? "",
        OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
    ];
}
