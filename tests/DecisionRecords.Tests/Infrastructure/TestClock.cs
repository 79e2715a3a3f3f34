using Microsoft.Extensions.Time.Testing;

namespace DecisionRecords.Tests.Infrastructure;

/// <summary>
/// The application's clock in tests: each test has its own, starting at <see cref="Start"/>, so a test that moves
/// time on never moves it for the next one. The test's clock follows its async flow into the test server (which
/// preserves the execution context), so requests a test makes read the test's own time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 13, 10, 30, 0, TimeSpan.Zero);

    private static readonly AsyncLocal<FakeTimeProvider?> Current = new();

    /// <summary>For work outside any test's flow, such as an application's start-up.</summary>
    private readonly FakeTimeProvider _outsideTests = new(Start);

    /// <summary>The clock of the test running on this flow.</summary>
    public FakeTimeProvider Now => Current.Value ?? _outsideTests;

    /// <summary>Gives the calling test a clock of its own; call it synchronously (a constructor), so the test's flow keeps it.</summary>
    public static FakeTimeProvider StartTest() => Current.Value = new FakeTimeProvider(Start);

    public override DateTimeOffset GetUtcNow() => Now.GetUtcNow();

    public override long GetTimestamp() => Now.GetTimestamp();

    public override long TimestampFrequency => Now.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Now.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Now.CreateTimer(callback, state, dueTime, period);
}
