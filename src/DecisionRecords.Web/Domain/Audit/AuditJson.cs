using System.Collections.Frozen;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>How audit payloads are written and read. The stored text is hashed as it is, so it is never re-written.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Pound signs and curly quotes stay readable in the database; characters that matter to HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly FrozenDictionary<Type, string> EventTypes = typeof(AuditPayload)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>Every event type the service writes, with the payload type that carries it.</summary>
    public static IReadOnlyDictionary<Type, string> All => EventTypes;

    public static string EventTypeOf(AuditPayload payload) => EventTypes[payload.GetType()];

    public static string Write(AuditPayload payload) => JsonSerializer.Serialize(payload, Options);

    public static AuditPayload Read(string json) =>
        JsonSerializer.Deserialize<AuditPayload>(json, Options) ?? throw new JsonException("An audit payload is empty.");
}
