using System.Security.Cryptography;
using System.Text;
using SingleShot.Checkpoints;
using SingleShot.Configuration;
using SingleShot.Data.Formats;
using SingleShot.Data.Loading;
using SingleShot.Models;
using SingleShot.Training;
using SingleShot.Training.FineTuning;
using SingleShot.Training.Optimization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Building;

/// <summary>
/// Sets up a training run from a pipeline.config: seeds the generator, builds the detector, resumes from the
/// model directory's latest checkpoint or else restores the fine-tune checkpoint (with a restore report), applies
/// <c>freeze_variables</c> / <c>update_trainable_variables</c> / <c>freeze_batchnorm</c> (frozen batch norm layers
/// also keep their statistics), builds the optimizer, schedule and moving average, the training input and the
/// checkpoint manager, and writes the resolved config into the model directory.
/// </summary>
public static class TrainingSessionBuilder
{
    /// <summary>The file in the model directory that lists what a fine-tune restore did.</summary>
    public const string RestoreReportFile = "restore_report.txt";

    /// <summary>Builds the session; errors name the config field.</summary>
    public static TrainingSession Build(PipelineConfig config, TrainingSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        TrainConfig train = config.TrainConfig ?? throw new BuildException("train_config", "is required for training.");
        SsdConfig ssd = config.Model as SsdConfig ?? throw new BuildException("model", "must be model { ssd { ... } }.");
        long numSteps = options.NumSteps ?? (train.NumSteps == 0 ? long.MaxValue : train.NumSteps);
        Device device = options.Device ?? CPU;
        string modelDirectory = Path.GetFullPath(options.ModelDirectory);
        Directory.CreateDirectory(modelDirectory);

        TorchRuntime.Seed(train.Seed);
        SsdDetector model = SsdModelBuilder.Build(ssd);
        model.to(device);
        var checkpoints = new CheckpointManager(modelDirectory, train.MaxToKeep);
        RestoreReport? restore = checkpoints.LatestPath is null && train.FineTuneCheckpoint.Length > 0
            ? FineTune(model, train, options.BaseDirectory, modelDirectory)
            : null;
        (VariableSelection selection, Parameter[] trainable, string[] frozenNorms) = Freeze(model, train, ssd.FreezeBatchnorm);
        BuiltOptimizer built = OptimizerBuilder.Build(train.Optimizer, model.named_parameters().Where(p => trainable.Contains(p.parameter)).ToArray());

        var components = new TrainingComponents(
            model,
            trainable,
            built.Optimizer,
            built.Schedule,
            built.MovingAverage,
            TrainingBatches(config, train, ssd, options),
            checkpoints,
            options.Evaluator ?? (train.EvalEveryNSteps > 0 ? EvaluationBuilder.ForTraining(config, options.BaseDirectory, options.Workers) : null),
            device,
            new Dictionary<string, string> { ["config_sha256"] = ConfigHash(config) });
        var trainer = new Trainer(components, TrainerOptionsFor(config, train, numSteps), options.Observers);
        string? resumed = trainer.ResumeFromLatest();
        PipelineConfigWriter.WriteFile(config, Path.Combine(modelDirectory, "pipeline.config"));
        return new TrainingSession(trainer, components, config, modelDirectory, resumed, restore, selection, frozenNorms);
    }

    private static TrainerOptions TrainerOptionsFor(PipelineConfig config, TrainConfig train, long numSteps) => new()
    {
        NumSteps = numSteps,
        CheckpointEveryN = train.CheckpointEveryN,
        LogEveryN = train.LogEveryNSteps,
        EvalEveryN = train.EvalEveryNSteps,
        BestMetric = train.BestMetric,
        EarlyStoppingPatience = train.EarlyStoppingPatience,
        GradientClippingByNorm = train.GradientClippingByNorm,
        AddRegularizationLoss = train.AddRegularizationLoss,
        EvaluateMovingAverages = config.EvalConfig?.UseMovingAverages ?? false,
    };

    private static RestoreReport FineTune(SsdDetector model, TrainConfig train, string baseDirectory, string modelDirectory)
    {
        FineTuneCheckpointType type = FineTuneCheckpointTypeParser.Parse(train.FineTuneCheckpointType, train.FromDetectionCheckpoint);
        string path = Path.GetFullPath(Path.Combine(baseDirectory, train.FineTuneCheckpoint));
        if (!File.Exists(path))
        {
            throw new BuildException("train_config.fine_tune_checkpoint", $"'{path}' does not exist.");
        }

        using SafeTensorsContent checkpoint = SafeTensors.Read(path);
        RestoreReport report = FineTuneRestorer.Restore(model, checkpoint.Tensors, type, FineTuneScope.Ssd, path);
        report.WriteTo(Path.Combine(modelDirectory, RestoreReportFile));
        return report;
    }

    /// <summary>
    /// Applies the variable patterns: frozen parameters stop requiring gradients, and a batch norm layer whose
    /// parameters are all frozen keeps its statistics too (TF would keep updating them: frozen here means unchanged).
    /// </summary>
    private static (VariableSelection Selection, Parameter[] Trainable, string[] FrozenNorms) Freeze(SsdDetector model, TrainConfig train, bool freezeBatchNorm)
    {
        (string Name, Parameter Parameter)[] parameters = model.named_parameters().ToArray();
        VariableSelection selection = OptimizerBuilder.SelectVariables(train, parameters.Select(p => p.Name).ToArray());
        var frozen = new HashSet<string>(selection.Frozen, StringComparer.Ordinal);
        string[] norms = model.named_modules().Where(m => m.module is BatchNorm2d).Select(m => m.name).ToArray();
        if (freezeBatchNorm)
        {
            frozen.UnionWith(parameters.Select(p => p.Name).Where(n => norms.Any(b => n.StartsWith(b + ".", StringComparison.Ordinal))));
        }

        string[] frozenNorms = freezeBatchNorm
            ? norms
            : norms.Where(b => OwnParameters(parameters, b) is { Length: > 0 } own && own.All(frozen.Contains)).ToArray();
        model.FreezeBatchNormLayers(frozenNorms);
        foreach ((string name, Parameter parameter) in parameters.Where(p => frozen.Contains(p.Name)))
        {
            parameter.requires_grad = false;
        }

        return (selection, parameters.Where(p => p.Parameter.requires_grad).Select(p => p.Parameter).ToArray(), frozenNorms);
    }

    private static string[] OwnParameters((string Name, Parameter Parameter)[] parameters, string module) =>
        parameters.Select(p => p.Name)
            .Where(n => n.StartsWith(module + ".", StringComparison.Ordinal) && !n.AsSpan(module.Length + 1).Contains('.'))
            .ToArray();

    private static Func<long, CancellationToken, IEnumerable<HostBatch>> TrainingBatches(PipelineConfig config, TrainConfig train, SsdConfig ssd, TrainingSessionOptions options)
    {
        IDetectionDataset dataset = DatasetReaderBuilder.ForSplit(config, training: true, options.BaseDirectory);
        if (dataset.LabelMap.Count > ssd.NumClasses)
        {
            throw new BuildException(
                "model.ssd.num_classes",
                $"is {ssd.NumClasses} but the training data ({dataset.Description}) has {dataset.LabelMap.Count} classes.");
        }

        var preparer = new SamplePreparer(ImageResizerBuilder.Build(ssd.ImageResizer), AugmentationBuilder.Build(train));
        LoaderOptions loader = LoaderOptionsBuilder.Build(config.TrainInputReader!, "train_input_reader", train.BatchSize, train.Seed, training: true, options.Workers)
            with
        { DropRemainder = true };
        return (skip, cancellation) => new DetectionLoader(dataset.Read(new DataProblemLog()), preparer.Prepare, loader with { SkipBatches = skip }).Batches(cancellation);
    }

    private static string ConfigHash(PipelineConfig config) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PipelineConfigWriter.Write(config))));
}
