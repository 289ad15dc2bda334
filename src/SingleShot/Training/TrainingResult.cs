namespace SingleShot.Training;

/// <summary>How a training run ended.</summary>
/// <param name="Reason">Why it ended.</param>
/// <param name="StartStep">The step it started (or resumed) at.</param>
/// <param name="FinalStep">Completed steps at the end.</param>
/// <param name="LastCheckpoint">The checkpoint of <paramref name="FinalStep"/>, or null when no step ran.</param>
/// <param name="FinalLosses">The losses of the last step, or null when no step ran.</param>
/// <param name="BestMetric">The best value of the configured metric, or null without evaluations.</param>
/// <param name="Elapsed">Wall time of this run.</param>
public sealed record TrainingResult(
    TrainingStopReason Reason,
    long StartStep,
    long FinalStep,
    string? LastCheckpoint,
    IReadOnlyDictionary<string, double>? FinalLosses,
    double? BestMetric,
    TimeSpan Elapsed);
