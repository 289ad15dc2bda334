namespace SingleShot.Training.Logging;

/// <summary>Wall times as TensorBoard and the metrics files store them: seconds since the Unix epoch.</summary>
internal static class UnixTime
{
    /// <summary>Seconds since the Unix epoch, with the clock's sub-second resolution (whole seconds are exact).</summary>
    public static double Seconds(DateTimeOffset time)
    {
        long ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return (ticks / TimeSpan.TicksPerSecond) + ((ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond);
    }

    /// <summary>Seconds since the Unix epoch now, by <paramref name="clock"/>.</summary>
    public static double Now(TimeProvider clock) => Seconds(clock.GetUtcNow());
}
