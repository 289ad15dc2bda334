using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Data.Synthetic;
using SingleShot.Tests.Building;
using SingleShot.Training;

namespace SingleShot.Tests.Training;

/// <summary>
/// A small built-in shapes dataset (written once per test run) and ssd_tiny_shapes sessions on it, for training tests:
/// 24 training and 8 validation images at 128x128, batches of 4.
/// </summary>
internal static class ShapesTraining
{
    private static readonly Lazy<string> s_data = new(() =>
    {
        string directory = Path.Combine(Path.GetTempPath(), $"singleshot-shapes-{Environment.ProcessId}");
        SyntheticDatasetFiles.Write(
            new SyntheticShapesOptions
            {
                Seed = 7,
                TrainImages = 24,
                ValImages = 8,
                Width = 128,
                Height = 128,
                MinObjectSize = 16,
                MaxObjectSize = 64,
                MaxObjects = 4,
            },
            Path.Combine(directory, "shapes"));
        return directory;
    });

    /// <summary>The folder holding <c>shapes/</c> (the config's relative reader paths resolve against it).</summary>
    public static string DataDirectory => s_data.Value;

    /// <summary>ssd_tiny_shapes with batch 4, no augmentation randomness beyond the config's, and <paramref name="overrides"/>.</summary>
    public static PipelineConfig Config(params string[] overrides) =>
        SampleConfigs.Read(
            "ssd_tiny_shapes.config",
            new[] { "train_config.batch_size=4", "train_config.checkpoint_every_n=1000", "train_config.log_every_n_steps=1" }
                .Concat(overrides)
                .ToArray());

    /// <summary>A fresh model directory under the temp folder.</summary>
    public static string NewModelDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "singleshot-train-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Builds a session in <paramref name="modelDirectory"/> training to <paramref name="numSteps"/>.</summary>
    public static TrainingSession Session(PipelineConfig config, string modelDirectory, long numSteps, params ITrainingObserver[] observers) =>
        TrainingSessionBuilder.Build(config, new TrainingSessionOptions
        {
            ModelDirectory = modelDirectory,
            BaseDirectory = DataDirectory,
            NumSteps = numSteps,
            Workers = 2,
            Observers = observers,
        });
}
