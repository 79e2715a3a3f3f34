using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain.Audit;

namespace DecisionRecords.Tests.Domain;

/// <summary>docs/audit.md is the operators' list of events: it names every event type the service writes, and its payload.</summary>
public class AuditDocumentationTests
{
    [Fact]
    public void EveryEventTypeAndPayloadType_IsDocumented()
    {
        var docs = File.ReadAllText(Repository.Path("docs", "audit.md"));
        Assert.All(AuditJson.All, pair =>
        {
            Assert.Contains($"| `{pair.Value}` | `{pair.Key.Name}` |", docs, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryPayloadType_RoundTripsThroughItsJsonAndSaysSomething()
    {
        foreach (var type in AuditJson.All.Keys)
        {
            var parameters = type.GetConstructors().Single().GetParameters();
            var payload = (AuditPayload)Activator.CreateInstance(type, parameters.Select(p => Sample(p.ParameterType)).ToArray())!;
            var json = AuditJson.Write(payload);
            Assert.StartsWith($"{{\"type\":\"{AuditJson.EventTypeOf(payload)}\"", json, StringComparison.Ordinal);
            var read = AuditJson.Read(json);
            Assert.Equal(payload.GetType(), read.GetType());
            Assert.Equal(json, AuditJson.Write(read));
            Assert.False(string.IsNullOrWhiteSpace(read.Describe()), type.Name);
        }
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "Text with “quotes”, <b>tags</b> and £",
        _ when type == typeof(Guid) => Guid.Parse("5f0c3a5e-2b8e-4a47-9a8c-0a6d7a1b2c3d"),
        _ when type == typeof(int) => 2,
        _ when type == typeof(int?) => 3,
        _ when type == typeof(long) => 14_800_000L,
        _ when type == typeof(bool) => true,
        _ when type == typeof(bool?) => null,
        _ when type == typeof(DateOnly) => new DateOnly(2024, 8, 20),
        _ when type == typeof(DateOnly?) => new DateOnly(2025, 3, 31),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when type == typeof(IReadOnlyList<string>) => new List<string> { "2024/25", "2025/26" },
        _ when type == typeof(IReadOnlyList<FieldChange>) => new List<FieldChange> { new("Title", "Before", "After") },
        _ when type == typeof(IReadOnlyList<ExemptionGiven>) => new List<ExemptionGiven> { new(Guid.Empty, "Section 43") },
        _ => throw new InvalidOperationException($"No sample for {type}"),
    };
}
