using SingleShot.Training;

namespace SingleShot.Cli.Verbs;

/// <summary>The <c>--json</c> output of <c>singleshot train</c>.</summary>
internal sealed record TrainReport(
    string ModelDir,
    string Reason,
    long StartStep,
    long FinalStep,
    string? LastCheckpoint,
    IReadOnlyDictionary<string, double>? Losses,
    double? BestMetric,
    double Seconds)
{
    public static TrainReport From(string modelDirectory, TrainingResult result) => new(
        modelDirectory,
        result.Reason.ToString().ToLowerInvariant(),
        result.StartStep,
        result.FinalStep,
        result.LastCheckpoint,
        result.FinalLosses,
        result.BestMetric,
        result.Elapsed.TotalSeconds);
}
