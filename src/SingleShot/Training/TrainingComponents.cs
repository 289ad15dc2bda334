using SingleShot.Checkpoints;
using SingleShot.Data.Loading;
using SingleShot.Models;
using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training;

/// <summary>What a <see cref="Trainer"/> works with; built from a pipeline.config by <c>TrainingSessionBuilder</c>.</summary>
/// <param name="Model">The detector, with restored or initial weights.</param>
/// <param name="Trainable">The parameters the optimizer updates (frozen ones excluded).</param>
/// <param name="Optimizer">The optimizer over <paramref name="Trainable"/>.</param>
/// <param name="Schedule">The learning rate per step.</param>
/// <param name="MovingAverage">The weight moving average, or null when <c>use_moving_average</c> is off.</param>
/// <param name="Batches">The training batches, given how many leading batches to skip (the resumed step).</param>
/// <param name="Checkpoints">Where checkpoints go.</param>
/// <param name="Evaluator">The evaluation during training, or null.</param>
/// <param name="Device">Where the model lives and batches go.</param>
/// <param name="Metadata">Run facts saved in every checkpoint (e.g. the config's hash).</param>
public sealed record TrainingComponents(
    SsdDetector Model,
    IReadOnlyList<Parameter> Trainable,
    TrainingOptimizer Optimizer,
    ILearningRateSchedule Schedule,
    ExponentialMovingAverage? MovingAverage,
    Func<long, CancellationToken, IEnumerable<HostBatch>> Batches,
    CheckpointManager Checkpoints,
    ITrainingEvaluator? Evaluator,
    Device Device,
    IReadOnlyDictionary<string, string> Metadata);
