using SingleShot.Configuration;
using SingleShot.Training.FineTuning;
using SingleShot.Training.Optimization;

namespace SingleShot.Training;

/// <summary>
/// A training run ready to start: the trainer and what was decided while building it, for the console and the
/// model directory (what was restored from a fine-tune checkpoint, what is frozen). Disposing it releases the model.
/// </summary>
/// <param name="Trainer">The trainer, already resumed when the model directory had a checkpoint.</param>
/// <param name="Components">What the trainer works with.</param>
/// <param name="Config">The resolved configuration (written to the model directory as <c>pipeline.config</c>).</param>
/// <param name="ModelDirectory">The run's folder.</param>
/// <param name="ResumedFrom">The checkpoint resumed from, or null.</param>
/// <param name="Restore">The fine-tune restore report, or null when no fine-tune checkpoint was used.</param>
/// <param name="Selection">Which variables train and which are frozen.</param>
/// <param name="FrozenBatchNormLayers">Batch norm layers whose statistics are frozen with their variables.</param>
public sealed record TrainingSession(
    Trainer Trainer,
    TrainingComponents Components,
    PipelineConfig Config,
    string ModelDirectory,
    string? ResumedFrom,
    RestoreReport? Restore,
    VariableSelection Selection,
    IReadOnlyList<string> FrozenBatchNormLayers) : IDisposable
{
    /// <summary>Releases the model, the optimizer state and the moving averages.</summary>
    public void Dispose()
    {
        Components.MovingAverage?.Dispose();
        Components.Optimizer.Dispose();
        Components.Model.Dispose();
    }
}
