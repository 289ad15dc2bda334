using SingleShot.Checkpoints;
using SingleShot.Models;
using SingleShot.Tests.Checkpoints;
using SingleShot.Training.FineTuning;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.FineTuning;

/// <summary>Restores between two real tiny detectors: the checkpoint has 5 classes, the model 3.</summary>
[Collection(TorchCollection.Name)]
public sealed class FineTuneRestorerTests
{
    private const string Source = "/pretrained/ckpt-5.safetensors";

    [Fact]
    public void Detection_restores_everything_but_the_heads()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> checkpoint = Checkpoint();

        RestoreReport report = FineTuneRestorer.Restore(model, checkpoint, FineTuneCheckpointType.Detection, FineTuneScope.Ssd, Source);

        Assert.Equal(Names(before, "feature_extractor."), report.Restored);
        Assert.Equal(Names(before, "box_predictor."), report.Skipped.Select(s => s.Name));
        Assert.All(report.Skipped, s => Assert.Equal(SkipReason.OutsideScope, s.Reason));
        Assert.Empty(report.Absent);
        Assert.Empty(report.ShapeMismatches);
        Assert.Empty(report.Unused);
        AssertRestored(model, checkpoint, before, report.Restored);
    }

    [Fact]
    public void Full_restores_the_heads_too_but_skips_those_whose_shape_differs()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> checkpoint = Checkpoint();

        RestoreReport report = FineTuneRestorer.Restore(model, checkpoint, FineTuneCheckpointType.Full, FineTuneScope.Ssd, Source);

        string[] classHeads = Names(before, "box_predictor.").Where(k => k.Contains(".class.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(classHeads);
        Assert.Equal(before.Keys.Except(classHeads), report.Restored);
        Assert.Contains(report.Restored, k => k.Contains(".box.", StringComparison.Ordinal));
        Assert.Equal(classHeads, report.Skipped.Select(s => s.Name));
        Assert.All(report.Skipped, s => Assert.Equal(SkipReason.HeadShapeMismatch, s.Reason));
        Assert.Equal(classHeads, report.ShapeMismatches.Select(m => m.Name));
        foreach (ShapeMismatch mismatch in report.ShapeMismatches)
        {
            // Class slots per anchor: 3 classes + background in the model, 5 + background in the checkpoint.
            Assert.Equal(mismatch.Expected[0] / 4, mismatch.Found[0] / 6);
            Assert.Equal(mismatch.Expected.Skip(1), mismatch.Found.Skip(1));
        }

        AssertRestored(model, checkpoint, before, report.Restored);
    }

    [Fact]
    public void Classification_restores_a_bare_backbone_through_a_prefix_mapping()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> backbone = Checkpoint()
            .Where(p => p.Key.StartsWith("feature_extractor.", StringComparison.Ordinal))
            .ToDictionary(p => p.Key["feature_extractor.".Length..], p => p.Value);
        backbone["fc.weight"] = zeros(1000, 8);
        FineTuneScope mappingScope = FineTuneScope.Ssd.WithPrefixMapping("", "feature_extractor.");

        RestoreReport report = FineTuneRestorer.Restore(model, backbone, FineTuneCheckpointType.Classification, mappingScope, Source);

        Assert.Equal(Names(before, "feature_extractor."), report.Restored);
        Assert.Equal(Names(before, "box_predictor."), report.Skipped.Select(s => s.Name));
        Assert.Equal(new[] { "fc.weight" }, report.Unused);
        Assert.Equal(new PrefixMappingUse(new PrefixMapping("", "feature_extractor."), backbone.Count), Assert.Single(report.PrefixMappings));
        Assert.Contains("prefix mapping '' -> 'feature_extractor.': renamed " + backbone.Count, report.Summary());
        var mapped = backbone.ToDictionary(p => "feature_extractor." + p.Key, p => p.Value);
        AssertRestored(model, mapped, before, report.Restored);
    }

    [Fact]
    public void Variables_absent_from_the_checkpoint_keep_their_initialisation()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> checkpoint = Checkpoint();
        string[] counters = checkpoint.Keys.Where(k => k.EndsWith(".num_batches_tracked", StringComparison.Ordinal)).ToArray();
        foreach (string name in counters)
        {
            checkpoint.Remove(name);
        }

        RestoreReport report = FineTuneRestorer.Restore(model, checkpoint, FineTuneCheckpointType.Detection, FineTuneScope.Ssd, Source);

        string[] absent = counters.Where(k => k.StartsWith("feature_extractor.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(absent);
        Assert.Equal(absent, report.Absent);
        Assert.Equal(Names(before, "feature_extractor.").Except(absent), report.Restored);
        AssertRestored(model, checkpoint, before, report.Restored);
    }

    [Fact]
    public void Mismatches_outside_the_heads_are_all_reported_and_nothing_is_copied()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> checkpoint = Checkpoint();
        checkpoint["feature_extractor.stem.conv.weight"] = zeros(1, 2, 3, 3);
        checkpoint["feature_extractor.blocks.0.depthwise.bn.running_mean"] = zeros(5);
        checkpoint["feature_extractor.stem.bn.num_batches_tracked"] = zeros(Array.Empty<long>());

        CheckpointMismatchException error = Assert.Throws<CheckpointMismatchException>(
            () => FineTuneRestorer.Restore(model, checkpoint, FineTuneCheckpointType.Full, FineTuneScope.Ssd, Source));

        Assert.Equal(Source, error.CheckpointPath);
        Assert.Equal(
            new[]
            {
                ("feature_extractor.stem.conv.weight", StateMismatchKind.Shape),
                ("feature_extractor.blocks.0.depthwise.bn.running_mean", StateMismatchKind.Shape),
                ("feature_extractor.stem.bn.num_batches_tracked", StateMismatchKind.DType),
            }.OrderBy(p => p.Item1),
            error.Problems.Select(p => (p.Name, p.Kind)).OrderBy(p => p.Name));
        AssertRestored(model, checkpoint, before, Array.Empty<string>());
    }

    [Fact]
    public void Training_state_is_ignored_unless_the_moving_averages_are_asked_for()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> checkpoint = Checkpoint();
        Dictionary<string, Tensor> averages = checkpoint.ToDictionary(p => p.Key, p => p.Value.is_floating_point() ? p.Value * 3 : p.Value.clone());
        var content = new CheckpointContent(
            50, checkpoint, averages, new Dictionary<string, Tensor> { ["0.momentum_buffer"] = ones(2) }, new Dictionary<string, string>());

        RestoreReport raw = FineTuneRestorer.Restore(model, content, FineTuneCheckpointType.Detection, FineTuneScope.Ssd, Source);
        Assert.Equal(0, raw.MovingAveragesUsed);
        Assert.Equal(averages.Count + 1, raw.IgnoredTrainingState);
        Assert.Empty(raw.Unused);
        Dictionary<string, Tensor> afterRaw = TinyModels.Snapshot(model);
        Assert.All(raw.Restored, name => Assert.True(TinyModels.BitwiseEqual(checkpoint[name], afterRaw[name]), name));

        RestoreReport averaged = FineTuneRestorer.Restore(model, content, FineTuneCheckpointType.Detection, FineTuneScope.Ssd, Source, fromMovingAverages: true);
        Assert.Equal(averages.Count, averaged.MovingAveragesUsed);
        Assert.Equal(1, averaged.IgnoredTrainingState);
        Dictionary<string, Tensor> afterAveraged = TinyModels.Snapshot(model);
        Assert.All(averaged.Restored, name => Assert.True(TinyModels.BitwiseEqual(averages[name], afterAveraged[name]), name));

        InvalidDataException none = Assert.Throws<InvalidDataException>(() => FineTuneRestorer.Restore(
            model, checkpoint, FineTuneCheckpointType.Detection, FineTuneScope.Ssd, Source, fromMovingAverages: true));
        Assert.Contains(Source, none.Message);
    }

    [Fact]
    public void The_summary_counts_and_the_text_lists_every_name()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        using SsdDetector model = TinyModels.Build(numClasses: 3, seed: 4);
        Dictionary<string, Tensor> checkpoint = Checkpoint();
        checkpoint["extra.weight"] = zeros(2);

        RestoreReport report = FineTuneRestorer.Restore(model, checkpoint, FineTuneCheckpointType.Full, FineTuneScope.Ssd, Source);
        string summary = report.Summary();
        string text = report.ToText();
        string path = directory["restore_report.txt"];
        report.WriteTo(path);

        string[] lines = summary.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 4, 8);
        Assert.StartsWith($"Fine-tune restore from {Source} (type: full, raw weights)", lines[0]);
        Assert.Contains($"restored:                              {report.Restored.Count}", summary);
        Assert.Contains($"head shape mismatch: {report.ShapeMismatches.Count})", summary);
        Assert.DoesNotContain("feature_extractor.", summary);
        Assert.All(report.Restored, name => Assert.Contains("\n  " + name + "\n", text));
        ShapeMismatch first = report.ShapeMismatches[0];
        Assert.Contains($"{first.Name}  (head shape mismatch: model [{string.Join(", ", first.Expected)}], checkpoint [{string.Join(", ", first.Found)}])", text);
        Assert.Contains("Unused checkpoint tensors (1):\n  extra.weight\n", text);
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Equal(new[] { "restore_report.txt" }, directory.Files());
    }

    /// <summary>The state of a 5-class detector with different weights everywhere (a fresh copy per test).</summary>
    private static Dictionary<string, Tensor> Checkpoint()
    {
        using SsdDetector source = TinyModels.Build(numClasses: 5, seed: 2);
        TinyModels.Perturb(source, 3);
        return TinyModels.Snapshot(source);
    }

    private static string[] Names(Dictionary<string, Tensor> state, string prefix) =>
        state.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToArray();

    /// <summary>The <paramref name="restored"/> variables equal the checkpoint bitwise; every other one is unchanged.</summary>
    private static void AssertRestored(SsdDetector model, Dictionary<string, Tensor> checkpoint, Dictionary<string, Tensor> before, IReadOnlyList<string> restored)
    {
        var set = restored.ToHashSet(StringComparer.Ordinal);
        foreach ((string name, Tensor actual) in ModelState.Capture(model))
        {
            Tensor expected = set.Contains(name) ? checkpoint[name] : before[name];
            Assert.True(TinyModels.BitwiseEqual(expected, actual), name);
            bool differsFromCheckpoint = !checkpoint.TryGetValue(name, out Tensor? saved) || !TinyModels.BitwiseEqual(saved, actual);
            Assert.True(set.Contains(name) || differsFromCheckpoint, $"{name} kept its value but equals the checkpoint's");
        }
    }
}
