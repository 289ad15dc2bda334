namespace SingleShot.Training;

/// <summary>What one training step did, for progress displays and logs.</summary>
/// <param name="Step">Completed optimizer steps after this one (1-based).</param>
/// <param name="NumSteps">The step at which training ends.</param>
/// <param name="Epoch">The input epoch of the batch (0-based).</param>
/// <param name="Losses">The loss components by name (<c>loss/localization</c>, <c>loss/classification</c>, <c>loss/regularization</c>, <c>loss/total</c>).</param>
/// <param name="LearningRate">The learning rate the step used.</param>
/// <param name="GradientNorm">The global gradient norm before clipping.</param>
/// <param name="ImagesPerSecond">Throughput, smoothed over recent steps.</param>
/// <param name="Elapsed">Wall time since this run (or resume) started.</param>
public sealed record TrainingStepReport(
    long Step,
    long NumSteps,
    int Epoch,
    IReadOnlyDictionary<string, double> Losses,
    double LearningRate,
    double GradientNorm,
    double ImagesPerSecond,
    TimeSpan Elapsed)
{
    /// <summary>Estimated time to the last step at the current throughput, or null before it can be estimated.</summary>
    public TimeSpan? Remaining(long startStep) =>
        Step > startStep ? TimeSpan.FromTicks((long)(Elapsed.Ticks * (double)(NumSteps - Step) / (Step - startStep))) : null;
}
