namespace SingleShot.Tests.Training.Logging;

/// <summary>A clock that reads a settable time, for wall times and file names that tests can predict.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    public FixedTimeProvider(DateTimeOffset now)
    {
        Now = now;
    }

    public DateTimeOffset Now { get; set; }

    /// <summary>1700000000.25 s after the Unix epoch (the golden file's first wall time).</summary>
    public static FixedTimeProvider AtGoldenStart() => new(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_250));

    public override DateTimeOffset GetUtcNow() => Now;
}
