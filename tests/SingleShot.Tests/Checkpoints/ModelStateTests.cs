using SingleShot.Checkpoints;
using SingleShot.Models;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class ModelStateTests
{
    [Fact]
    public void Capture_holds_parameters_and_batch_norm_statistics_but_not_derived_buffers()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build();

        IReadOnlyDictionary<string, Tensor> state = ModelState.Capture(model);

        Assert.Equal(model.state_dict().Keys.Order(), state.Keys.Order());
        Assert.Equal(model.parameters().Count() + model.buffers(true, false).Count(), state.Count);
        Assert.Contains("feature_extractor.stem.bn.running_mean", state.Keys);
        Assert.Contains("feature_extractor.stem.bn.running_var", state.Keys);
        Assert.Equal(ScalarType.Int64, state["feature_extractor.stem.bn.num_batches_tracked"].dtype);
        Assert.All(state.Keys, k => Assert.Matches("^(feature_extractor|box_predictor)\\.", k));
        Assert.DoesNotContain(state.Keys, k => k.Contains("anchors", StringComparison.Ordinal));
        Assert.DoesNotContain(state.Keys, k => k.Contains("pixel_", StringComparison.Ordinal));
    }

    [Fact]
    public void Capture_returns_the_modules_own_tensors()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build();
        const string Name = "feature_extractor.stem.bn.running_mean";

        using (no_grad())
        {
            ModelState.Capture(model)[Name].fill_(4.0f);
        }

        Assert.True(ModelState.Capture(model)[Name].eq(4.0f).all().item<bool>());
    }

    [Fact]
    public void LoadStrict_copies_every_tensor_in_place()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector source = TinyModels.Build(seed: 2);
        TinyModels.Perturb(source, 3);
        using SsdDetector target = TinyModels.Build(seed: 4);
        Tensor heldByOptimizer = target.parameters().First();

        ModelState.LoadStrict(target, TinyModels.Snapshot(source), "source.safetensors");

        IReadOnlyDictionary<string, Tensor> expected = ModelState.Capture(source);
        foreach ((string name, Tensor actual) in ModelState.Capture(target))
        {
            Assert.True(TinyModels.BitwiseEqual(expected[name], actual), name);
        }

        Assert.True(TinyModels.BitwiseEqual(source.parameters().First(), heldByOptimizer));
    }

    [Fact]
    public void LoadStrict_reports_every_problem_and_copies_nothing()
    {
        using IDisposable scope = NewDisposeScope();
        using SsdDetector model = TinyModels.Build();
        Dictionary<string, Tensor> before = TinyModels.Snapshot(model);
        Dictionary<string, Tensor> tensors = TinyModels.Snapshot(model);
        foreach (string key in tensors.Keys)
        {
            tensors[key] = tensors[key] + 1;
        }

        tensors.Remove("feature_extractor.stem.conv.weight");
        tensors["extra.weight"] = zeros(2);
        tensors["feature_extractor.stem.bn.bias"] = zeros(3);
        tensors["feature_extractor.stem.bn.weight"] = tensors["feature_extractor.stem.bn.weight"].to_type(ScalarType.Float64);

        CheckpointMismatchException error = Assert.Throws<CheckpointMismatchException>(
            () => ModelState.LoadStrict(model, tensors, "/runs/a/ckpt-7.safetensors"));

        Assert.Equal("/runs/a/ckpt-7.safetensors", error.CheckpointPath);
        Assert.Equal(
            new[]
            {
                ("feature_extractor.stem.conv.weight", StateMismatchKind.Missing),
                ("feature_extractor.stem.bn.weight", StateMismatchKind.DType),
                ("feature_extractor.stem.bn.bias", StateMismatchKind.Shape),
                ("extra.weight", StateMismatchKind.Unexpected),
            },
            error.Problems.Select(p => (p.Name, p.Kind)));
        Assert.StartsWith("/runs/a/ckpt-7.safetensors does not match the model (4 problems", error.Message);
        Assert.Contains("shape mismatch: 'feature_extractor.stem.bn.bias' model [8], checkpoint [3]", error.Message);
        Assert.Contains("dtype mismatch: 'feature_extractor.stem.bn.weight' model Float32, checkpoint Float64", error.Message);
        foreach ((string name, Tensor actual) in ModelState.Capture(model))
        {
            Assert.True(TinyModels.BitwiseEqual(before[name], actual), name);
        }
    }
}
