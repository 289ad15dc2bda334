using System.Text.RegularExpressions;
using SingleShot.Checkpoints;
using SingleShot.Configuration;
using SingleShot.Training;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class TrainerTests
{
    [Fact(Skip = TrainingBlocker.Reason)]
    public void Resuming_continues_exactly_as_an_uninterrupted_run()
    {
        PipelineConfig config = ShapesTraining.Config("model.ssd.feature_extractor.conv_hyperparams.batch_norm.decay=0.9");
        string straight = ShapesTraining.NewModelDirectory();
        using (TrainingSession session = ShapesTraining.Session(config, straight, 6))
        {
            Assert.Equal(TrainingStopReason.Completed, session.Trainer.Run().Reason);
        }

        string split = ShapesTraining.NewModelDirectory();
        using (TrainingSession session = ShapesTraining.Session(config, split, 3))
        {
            session.Trainer.Run();
        }

        using (TrainingSession session = ShapesTraining.Session(config, split, 6))
        {
            Assert.EndsWith("ckpt-3.safetensors", session.ResumedFrom);
            Assert.Equal(3, session.Trainer.Step);
            session.Trainer.Run();
        }

        using CheckpointContent a = CheckpointManager.Load(Latest(straight));
        using CheckpointContent b = CheckpointManager.Load(Latest(split));
        using CheckpointContent middle = CheckpointManager.Load(Path.Combine(split, "checkpoints", "ckpt-3.safetensors"));
        Assert.Equal(6, a.Step);
        Assert.Equal(6, b.Step);
        AssertBitwiseEqual(a.Model, b.Model);
        AssertBitwiseEqual(a.OptimizerState, b.OptimizerState);
        AssertBitwiseEqual(a.MovingAverages!, b.MovingAverages!);

        // The comparison can fail: three more steps change the weights.
        Assert.False(Bytes(middle.Model["box_predictor.levels.0.class.conv.weight"]).SequenceEqual(Bytes(b.Model["box_predictor.levels.0.class.conv.weight"])));
    }

    [Fact(Skip = TrainingBlocker.Reason)]
    public void Frozen_variables_and_their_batch_norm_statistics_stay_bitwise_unchanged()
    {
        PipelineConfig config = ShapesTraining.Config();
        config = config with
        {
            TrainConfig = config.TrainConfig! with { FreezeVariables = new ValueList<string>(new[] { @"feature_extractor\.blocks\.[0-4]\." }) },
        };
        string directory = ShapesTraining.NewModelDirectory();
        using TrainingSession session = ShapesTraining.Session(config, directory, 3);
        Dictionary<string, byte[]> before = ModelState.Capture(session.Components.Model).ToDictionary(kv => kv.Key, kv => Bytes(kv.Value));
        session.Trainer.Run();
        Dictionary<string, byte[]> after = ModelState.Capture(session.Components.Model).ToDictionary(kv => kv.Key, kv => Bytes(kv.Value));

        var frozen = new Regex(@"^feature_extractor\.blocks\.[0-4]\.");
        string[] frozenNames = before.Keys.Where(k => frozen.IsMatch(k)).ToArray();
        Assert.Contains("feature_extractor.blocks.2.pointwise.bn.running_mean", frozenNames);
        Assert.Contains("feature_extractor.blocks.2.pointwise.conv.weight", frozenNames);
        Assert.All(frozenNames, name => Assert.True(before[name].SequenceEqual(after[name]), $"{name} changed"));
        Assert.Equal(30, session.Selection.Frozen.Count); // 5 blocks x 2 layers x (conv weight + bn weight + bn bias)
        Assert.Equal(10, session.FrozenBatchNormLayers.Count);

        // Everything else trains, statistics included.
        Assert.False(before["feature_extractor.blocks.5.pointwise.conv.weight"].SequenceEqual(after["feature_extractor.blocks.5.pointwise.conv.weight"]));
        Assert.False(before["feature_extractor.blocks.5.pointwise.bn.running_var"].SequenceEqual(after["feature_extractor.blocks.5.pointwise.bn.running_var"]));
    }

    [Fact(Skip = TrainingBlocker.Reason)]
    public void Checkpoints_hold_updated_batch_norm_statistics_and_evaluation_uses_them()
    {
        PipelineConfig config = ShapesTraining.Config("model.ssd.feature_extractor.conv_hyperparams.batch_norm.decay=0.5");
        string directory = ShapesTraining.NewModelDirectory();
        using TrainingSession session = ShapesTraining.Session(config, directory, 2);
        string checkpoint = session.Trainer.Run().LastCheckpoint!;
        using CheckpointContent content = CheckpointManager.Load(checkpoint);

        // Initial statistics are mean 0 and variance 1 (num_batches_tracked 0); two training steps update every layer's.
        string[] norms = content.Model.Keys.Where(k => k.EndsWith(".running_mean", StringComparison.Ordinal)).ToArray();
        Assert.Equal(35, norms.Length); // stem + 13 blocks x 2 (depthwise, pointwise) + 4 extras x 2 (reduce, downsample)
        foreach (string name in norms)
        {
            string layer = name[..^".running_mean".Length];
            Assert.True(content.Model[name].abs().max().item<float>() > 0, $"{layer} moving mean never updated");
            Assert.True((content.Model[layer + ".running_var"] - 1).abs().max().item<float>() > 0, $"{layer} moving variance never updated");
            Assert.Equal(2L, content.Model[layer + ".num_batches_tracked"].item<long>());
        }

        // A model loaded from the checkpoint detects exactly what the trained model detects (both in eval mode).
        using Tensor images = rand(2, 3, 128, 128) * 255;
        using var loaded = SingleShot.Building.DetectorLoader.FromCheckpoint(config, checkpoint, useMovingAverages: false);
        var expected = session.Components.Model.Detect(images);
        var actual = loaded.Detect(images);
        Assert.True(Bytes(expected.Scores).SequenceEqual(Bytes(actual.Scores)), $"max score difference {(expected.Scores - actual.Scores).abs().max().item<float>()}, raw {(session.Components.Model.PredictForInference(images).ClassLogits - loaded.PredictForInference(images).ClassLogits).abs().max().item<float>()}");
        Assert.True(Bytes(expected.Boxes).SequenceEqual(Bytes(actual.Boxes)));
    }

    [Fact(Skip = TrainingBlocker.Reason)]
    public void A_non_finite_loss_stops_with_the_step_and_the_last_good_checkpoint()
    {
        PipelineConfig config = ShapesTraining.Config(
            "train_config.checkpoint_every_n=1",
            "train_config.optimizer.momentum_optimizer.learning_rate.cosine_decay_learning_rate.learning_rate_base=1e30",
            "train_config.optimizer.momentum_optimizer.learning_rate.cosine_decay_learning_rate.warmup_learning_rate=1e30");
        string directory = ShapesTraining.NewModelDirectory();
        using TrainingSession session = ShapesTraining.Session(config, directory, 20);
        NonFiniteLossException e = Assert.Throws<NonFiniteLossException>(() => session.Trainer.Run());
        Assert.InRange(e.Step, 2, 20);
        Assert.Contains($"step {e.Step}", e.Message);
        Assert.Equal(Path.Combine(directory, "checkpoints", $"ckpt-{e.Step - 1}.safetensors"), e.LastCheckpoint);
        Assert.Contains(e.LastCheckpoint!, e.Message);
    }

    [Fact(Skip = TrainingBlocker.Reason)]
    public void Cancelling_saves_a_checkpoint_of_the_last_completed_step()
    {
        string directory = ShapesTraining.NewModelDirectory();
        using var cancellation = new CancellationTokenSource();
        var observer = new CancelAfter(2, cancellation);
        using TrainingSession session = ShapesTraining.Session(ShapesTraining.Config(), directory, 50, observer);
        TrainingResult result = session.Trainer.Run(cancellation.Token);
        Assert.Equal(TrainingStopReason.Interrupted, result.Reason);
        Assert.Equal(2, result.FinalStep);
        Assert.Equal(Path.Combine(directory, "checkpoints", "ckpt-2.safetensors"), result.LastCheckpoint);
        Assert.Equal(result.LastCheckpoint, new CheckpointManager(directory, 7).LatestPath);
    }

    [Fact(Skip = TrainingBlocker.Reason)]
    public void Evaluation_during_training_keeps_the_best_checkpoint_and_logs_metrics()
    {
        PipelineConfig config = ShapesTraining.Config("train_config.eval_every_n_steps=2");
        string directory = ShapesTraining.NewModelDirectory();
        var logs = new TrainingLogObserver(directory);
        var seen = new List<(long Step, bool Best)>();
        var recorder = new EvaluationRecorder(seen);
        using (TrainingSession session = ShapesTraining.Session(config, directory, 4, logs, recorder))
        {
            TrainingResult result = session.Trainer.Run();
            Assert.NotNull(result.BestMetric);
            Assert.True(session.Components.Model.training, "training mode is restored after evaluation");
        }

        Assert.Equal(new long[] { 2, 4 }, seen.Select(s => s.Step));
        Assert.True(seen[0].Best);
        Assert.True(File.Exists(Path.Combine(directory, "best.safetensors")));
        string[] evalRows = File.ReadAllLines(Path.Combine(directory, "eval_metrics.csv"));
        Assert.Contains("DetectionBoxes_Precision/mAP", evalRows[0]);
        Assert.Contains("PascalBoxes_Precision/mAP@0.5IOU", evalRows[0]);
        Assert.Equal(3, evalRows.Length);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(directory, "metrics.csv")).Length);
        Assert.Single(Directory.GetFiles(Path.Combine(directory, "train"), "events.out.tfevents.*"));
        Assert.True(File.Exists(Path.Combine(directory, "plots", "loss_total.png")));
    }

    private static string Latest(string directory) => new CheckpointManager(directory, 7).LatestPath!;

    private static byte[] Bytes(Tensor tensor) => tensor.contiguous().bytes.ToArray();

    private static void AssertBitwiseEqual(IReadOnlyDictionary<string, Tensor> expected, IReadOnlyDictionary<string, Tensor> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach ((string name, Tensor tensor) in expected)
        {
            Assert.True(Bytes(tensor).SequenceEqual(Bytes(actual[name])), $"{name} differs");
        }
    }

    private sealed class CancelAfter(long step, CancellationTokenSource cancellation) : ITrainingObserver
    {
        public void OnStart(long startStep, long numSteps)
        {
        }

        public void OnStep(TrainingStepReport report)
        {
            if (report.Step == step)
            {
                cancellation.Cancel();
            }
        }

        public void OnLog(TrainingStepReport report)
        {
        }

        public void OnCheckpoint(long step, string path)
        {
        }

        public void OnEvaluation(long step, IReadOnlyList<SingleShot.Evaluation.NamedMetric> metrics, bool isBest)
        {
        }

        public void OnFinish(TrainingResult result)
        {
        }
    }

    private sealed class EvaluationRecorder(List<(long Step, bool Best)> seen) : ITrainingObserver
    {
        public void OnStart(long startStep, long numSteps)
        {
        }

        public void OnStep(TrainingStepReport report)
        {
        }

        public void OnLog(TrainingStepReport report)
        {
        }

        public void OnCheckpoint(long step, string path)
        {
        }

        public void OnEvaluation(long step, IReadOnlyList<SingleShot.Evaluation.NamedMetric> metrics, bool isBest) => seen.Add((step, isBest));

        public void OnFinish(TrainingResult result)
        {
        }
    }
}
