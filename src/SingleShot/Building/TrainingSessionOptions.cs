using SingleShot.Training;
using static TorchSharp.torch;

namespace SingleShot.Building;

/// <summary>How <see cref="TrainingSessionBuilder"/> sets up a run besides what the pipeline.config says.</summary>
public sealed record TrainingSessionOptions
{
    /// <summary>The run's folder (created if missing); a checkpoint in it is resumed.</summary>
    public required string ModelDirectory { get; init; }

    /// <summary>What relative paths in the config are relative to (the config file's folder).</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Overrides <c>train_config.num_steps</c> (<c>--num-steps</c>).</summary>
    public long? NumSteps { get; init; }

    /// <summary>Data preparation threads.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Where the model and batches live.</summary>
    public Device? Device { get; init; }

    /// <summary>Progress displays and logs.</summary>
    public IReadOnlyList<ITrainingObserver> Observers { get; init; } = Array.Empty<ITrainingObserver>();

    /// <summary>The evaluator used every <c>eval_every_n_steps</c>; null builds one from <c>eval_input_reader</c> when that field is set.</summary>
    public ITrainingEvaluator? Evaluator { get; init; }
}
