namespace SingleShot.Bench;

/// <summary>
/// The measured training steps of one model: per step, wall-clock milliseconds of forward, loss, backward,
/// optimizer and the whole step. Reports the median step and the fastest step, with the fastest step's split
/// (its parts add up to its total). On a shared machine the fastest step is the one least disturbed by other work.
/// </summary>
internal sealed record TrainStepTiming(string Name, int BatchSize, IReadOnlyList<double[]> Steps)
{
    /// <summary>Index of the whole step's time in each entry of <see cref="Steps"/>.</summary>
    public const int Total = 4;

    /// <summary>The median step's milliseconds.</summary>
    public double MedianMs => TrainBench.MedianOf(Steps.Select(s => s[Total]));

    /// <summary>The fastest step: forward, loss, backward, optimizer and total milliseconds.</summary>
    public double[] Fastest => Steps.MinBy(s => s[Total])!;

    public override string ToString()
    {
        double[] f = Fastest;
        return $"{Name,-36} {BatchSize / (MedianMs / 1000.0),6:F2} images/s median ({MedianMs,6:F0} ms), {BatchSize / (f[Total] / 1000.0),6:F2} best"
            + $" ({f[Total],6:F0} ms = forward {f[0],6:F0} + loss {f[1],5:F0} + backward {f[2],6:F0} + optimizer {f[3],4:F0})"
            + $"  batch {BatchSize}, n={Steps.Count}";
    }
}
