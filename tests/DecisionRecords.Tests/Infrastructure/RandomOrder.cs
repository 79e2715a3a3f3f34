using Xunit.Abstractions;
using Xunit.Sdk;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>
/// Runs test collections, and the tests within each, in a random order, so that no test leans on another having run
/// first. The seed is printed; TEST_ORDER_SEED repeats an order.
/// </summary>
public sealed class RandomOrder : ITestCaseOrderer, ITestCollectionOrderer
{
    public const string TypeName = "DecisionRecords.Tests.Infrastructure.RandomOrder";

    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("TEST_ORDER_SEED"), out var seed) ? seed : Random.Shared.Next();

    public RandomOrder(IMessageSink diagnostics) =>
        diagnostics.OnMessage(new DiagnosticMessage($"Tests run in random order, seed {Seed}: set TEST_ORDER_SEED={Seed} to repeat it."));

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase => Shuffle(testCases, t => t.UniqueID);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        Shuffle(testCollections, c => c.UniqueID.ToString());

    // Sorted first, then shuffled with the seed: the same seed gives the same order whatever order discovery found.
    private static List<T> Shuffle<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var list = items.OrderBy(key, StringComparer.Ordinal).ToList();
        new Random(Seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
