using SingleShot.Checkpoints;
using SingleShot.Models;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class CheckpointManagerTests
{
    [Fact]
    public void A_real_detector_round_trips_with_moving_averages_optimizer_state_and_metadata()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        using SsdDetector model = TinyModels.Build();
        TinyModels.Perturb(model, 5);
        Dictionary<string, Tensor> averages = TinyModels.Snapshot(model).ToDictionary(p => p.Key, p => p.Value * 2);
        var optimizer = new Dictionary<string, Tensor> { ["0.momentum_buffer"] = randn(8, 3, 3, 3), ["step"] = tensor(12L) };
        var metadata = new Dictionary<string, string> { ["torch_rng_state"] = "AAEC", ["config_sha256"] = "ab12" };
        var manager = new CheckpointManager(directory.Path, maxToKeep: 3);

        string path = manager.Save(new CheckpointContent(200, ModelState.Capture(model), averages, optimizer, metadata));

        Assert.Equal(directory["checkpoints/ckpt-200.safetensors"], path);
        using CheckpointContent loaded = CheckpointManager.Load(path);
        Assert.True(loaded.OwnsTensors);
        Assert.Equal(200, loaded.Step);
        Assert.Equal(metadata, loaded.Metadata.ToDictionary());
        AssertSame(ModelState.Capture(model), loaded.Model);
        AssertSame(averages, loaded.MovingAverages!);
        AssertSame(optimizer, loaded.OptimizerState);
        Assert.Contains(loaded.Model.Keys, k => k.StartsWith("box_predictor.levels.0.class.", StringComparison.Ordinal));
        Assert.NotEqual(0L, loaded.Model["feature_extractor.stem.bn.num_batches_tracked"].item<long>());
        Assert.DoesNotContain(loaded.Model.Keys, k => k.Contains("anchors", StringComparison.Ordinal));

        using SsdDetector fresh = TinyModels.Build(seed: 9);
        ModelState.LoadStrict(fresh, loaded.Model, path);
        AssertSame(ModelState.Capture(model), ModelState.Capture(fresh));
    }

    [Fact]
    public void The_file_layout_uses_prefixes_and_namespaced_metadata()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 1);
        var content = new CheckpointContent(
            7,
            new Dictionary<string, Tensor> { ["w"] = ones(2) },
            new Dictionary<string, Tensor> { ["w"] = zeros(2) },
            new Dictionary<string, Tensor> { ["0.exp_avg"] = zeros(2) },
            new Dictionary<string, string> { ["lr_step"] = "7" });

        using SafeTensorsContent file = SafeTensors.Read(manager.Save(content));

        Assert.Equal(new[] { "w", "ema/w", "optimizer/0.exp_avg" }, file.Tensors.Keys.ToArray());
        Assert.Equal(
            new Dictionary<string, string> { ["singleshot.format_version"] = "1", ["singleshot.step"] = "7", ["singleshot.lr_step"] = "7" },
            file.Metadata.ToDictionary());
    }

    [Fact]
    public void Saves_keep_the_newest_max_to_keep_and_checkpoint_json_lists_them_oldest_first()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 2);
        Assert.Null(manager.LatestPath);

        foreach (long step in new long[] { 100, 200 })
        {
            manager.Save(Small(step));
        }

        manager.SaveBest(Small(200), "DetectionBoxes_Precision/mAP", 0.5);
        string latest = manager.Save(Small(300));

        Assert.Equal(latest, manager.LatestPath);
        Assert.Equal(
            new[] { "best.safetensors", "checkpoints/checkpoint.json", "checkpoints/ckpt-200.safetensors", "checkpoints/ckpt-300.safetensors" },
            directory.Files());
        Assert.Equal(
            "{\n  \"latest\": \"ckpt-300.safetensors\",\n  \"checkpoints\": [\n    \"ckpt-200.safetensors\",\n    \"ckpt-300.safetensors\"\n  ],\n"
            + "  \"steps\": [\n    200,\n    300\n  ]\n}\n",
            File.ReadAllText(directory["checkpoints/checkpoint.json"]).ReplaceLineEndings("\n"));
        Assert.Equal(new[] { directory["checkpoints/ckpt-200.safetensors"], latest }, manager.CheckpointPaths);
    }

    [Fact]
    public void Saving_a_step_again_makes_it_the_latest_without_a_duplicate_entry()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 5);
        manager.Save(Small(100));
        manager.Save(Small(200));

        string path = manager.Save(Small(100));

        Assert.Equal(path, manager.LatestPath);
        Assert.Equal(new[] { "ckpt-200.safetensors", "ckpt-100.safetensors" }, manager.CheckpointPaths.Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_save_keeps_the_previous_checkpoint_and_pointer_and_leaves_no_temporary_file()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        using SsdDetector model = TinyModels.Build();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 3);
        string first = manager.Save(new CheckpointContent(100, ModelState.Capture(model), null, new Dictionary<string, Tensor>(), new Dictionary<string, string>()));
        byte[] checkpointBefore = File.ReadAllBytes(first);
        byte[] indexBefore = File.ReadAllBytes(manager.IndexPath);
        string[] filesBefore = directory.Files();
        var failing = new ThrowingStateDictionary(ModelState.Capture(model), failAfter: 50);

        foreach (long step in new long[] { 100, 200 })
        {
            var content = new CheckpointContent(step, failing, null, new Dictionary<string, Tensor>(), new Dictionary<string, string>());
            Assert.Throws<IOException>(() => manager.Save(content));
        }

        Assert.Equal(checkpointBefore, File.ReadAllBytes(first));
        Assert.Equal(indexBefore, File.ReadAllBytes(manager.IndexPath));
        Assert.Equal(filesBefore, directory.Files());
        Assert.Equal(first, manager.LatestPath);
    }

    [Fact]
    public void The_best_checkpoint_carries_its_metric_and_leaves_step_checkpoints_alone()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 1);
        Assert.Null(manager.BestPath);

        string path = manager.SaveBest(Small(400), "DetectionBoxes_Precision/mAP", 0.123456789012345);

        Assert.Equal(directory["best.safetensors"], path);
        Assert.Equal(path, manager.BestPath);
        Assert.Null(manager.LatestPath);
        Assert.Equal(new[] { "best.safetensors" }, directory.Files());
        using CheckpointContent best = CheckpointManager.Load(path);
        Assert.Equal(400, best.Step);
        Assert.Equal("DetectionBoxes_Precision/mAP", best.Metadata[CheckpointKeys.BestMetric]);
        Assert.Equal(0.123456789012345, double.Parse(best.Metadata[CheckpointKeys.BestMetricValue], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_plain_model_only_file_loads_as_step_zero_without_training_state()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        using SsdDetector model = TinyModels.Build();
        string path = directory["exported.safetensors"];
        SafeTensors.Write(path, ModelState.Capture(model), new Dictionary<string, string> { ["format"] = "pt" });

        using CheckpointContent content = CheckpointManager.Load(path);

        Assert.Equal(0, content.Step);
        Assert.Null(content.MovingAverages);
        Assert.Empty(content.OptimizerState);
        Assert.Empty(content.Metadata);
        AssertSame(ModelState.Capture(model), content.Model);
    }

    [Fact]
    public void Broken_pointers_and_newer_formats_are_clear_errors()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var manager = new CheckpointManager(directory.Path, maxToKeep: 2);
        string path = manager.Save(Small(100));
        File.Delete(path);

        FileNotFoundException missing = Assert.Throws<FileNotFoundException>(() => manager.LatestPath);
        Assert.Contains(manager.IndexPath, missing.Message);
        Assert.Contains("'ckpt-100.safetensors'", missing.Message);

        File.WriteAllText(manager.IndexPath, "{\"latest\": \"../x\", \"checkpoints\": [\"../x\"], \"steps\": [1]}");
        Assert.Contains(manager.IndexPath, Assert.Throws<InvalidDataException>(() => manager.LatestPath).Message);

        string newer = directory["newer.safetensors"];
        SafeTensors.Write(newer, new Dictionary<string, Tensor> { ["w"] = ones(1) }, new Dictionary<string, string> { ["singleshot.format_version"] = "2" });
        Assert.Contains("format version 2 is newer", Assert.Throws<InvalidDataException>(() => CheckpointManager.Load(newer)).Message);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckpointManager(directory.Path, maxToKeep: 0));
        var manager = new CheckpointManager(directory.Path, maxToKeep: 1);
        CheckpointContent reserved = Small(1) with { Metadata = new Dictionary<string, string> { ["step"] = "2" } };
        Assert.Contains("reserved", Assert.Throws<ArgumentException>(() => manager.Save(reserved)).Message);
        CheckpointContent prefixed = Small(1) with { Model = new Dictionary<string, Tensor> { ["ema/w"] = ones(1) } };
        Assert.Contains("reserved prefix", Assert.Throws<ArgumentException>(() => manager.Save(prefixed)).Message);
    }

    [Fact]
    public void Disposing_a_caller_built_content_leaves_the_model_alone()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build();
        var content = new CheckpointContent(1, ModelState.Capture(model), null, new Dictionary<string, Tensor>(), new Dictionary<string, string>());

        content.Dispose();

        Assert.False(content.OwnsTensors);
        Assert.All(ModelState.Capture(model).Values, t => Assert.False(t.IsInvalid));
    }

    private static CheckpointContent Small(long step) => new(
        step,
        new Dictionary<string, Tensor> { ["w"] = full(3, (float)step) },
        null,
        new Dictionary<string, Tensor>(),
        new Dictionary<string, string>());

    private static void AssertSame(IReadOnlyDictionary<string, Tensor> expected, IReadOnlyDictionary<string, Tensor> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach ((string name, Tensor tensor) in expected)
        {
            Assert.True(TinyModels.BitwiseEqual(tensor, actual[name]), name);
        }
    }
}
