using SingleShot.Training.Optimization;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.Optimization;

[Collection(TorchCollection.Name)]
public sealed class TrainingOptimizerTests
{
    [Fact]
    public void A_parameter_without_gradient_is_skipped_and_its_state_untouched()
    {
        using IDisposable scope = NewDisposeScope();
        (string, Parameter)[] parameters = Parameters();
        using var optimizer = new MomentumOptimizer(parameters, 0.9);
        parameters[0].Item2.grad = ones(2, 3);
        optimizer.Step(0.5);

        // Only "a" had a gradient: a = 1 - 0.5 * 1 = 0.5 everywhere; b keeps its values and a zero accumulator.
        TensorAssert.Close(Enumerable.Repeat(0.5, 6).ToArray(), parameters[0].Item2, 0);
        TensorAssert.Close([1.0, 2.0, 3.0, 4.0], parameters[1].Item2, 0);
        TensorAssert.Close(new double[4], optimizer.State()["momentum/b"], 0);
        Assert.Equal(1, optimizer.StepCount);
    }

    [Fact]
    public void ZeroGrad_sets_gradients_to_none()
    {
        using IDisposable scope = NewDisposeScope();
        (string, Parameter)[] parameters = Parameters();
        using var optimizer = new AdamOptimizer(parameters);
        parameters[0].Item2.grad = ones(2, 3);
        optimizer.ZeroGrad();
        Assert.Null(parameters[0].Item2.grad);
        Assert.Null(parameters[1].Item2.grad);
    }

    [Fact]
    public void State_is_a_copy_with_every_slot_and_the_step()
    {
        using IDisposable scope = NewDisposeScope();
        using var optimizer = new RmsPropOptimizer(Parameters(), 0.9, 0.9, 1.0);
        IReadOnlyDictionary<string, Tensor> state = optimizer.State();
        Assert.Equal(["momentum/a", "momentum/b", "rms/a", "rms/b", "step"], state.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ScalarType.Int64, state["step"].dtype);
        Assert.Equal(0, state["step"].dim());
        state["rms/a"].fill_(7);
        TensorAssert.Close(Enumerable.Repeat(1.0, 6).ToArray(), optimizer.State()["rms/a"], 0);
    }

    [Fact]
    public void A_loaded_state_continues_exactly_like_the_original()
    {
        using IDisposable scope = NewDisposeScope();
        (string, Parameter)[] first = Parameters();
        (string, Parameter)[] second = Parameters();
        using var original = new AdamWOptimizer(first);
        using var resumed = new AdamWOptimizer(second);
        for (int step = 0; step < 3; step++)
        {
            SetGradients(first, step);
            original.Step(0.1);
        }

        CopyValues(first, second);
        resumed.LoadState(original.State());
        Assert.Equal(3, resumed.StepCount);
        SetGradients(first, 3);
        SetGradients(second, 3);
        original.Step(0.05);
        resumed.Step(0.05);
        for (int i = 0; i < first.Length; i++)
        {
            Assert.True(first[i].Item2.eq(second[i].Item2).all().item<bool>(), $"{first[i].Item1} differs after resuming");
        }
    }

    [Fact]
    public void LoadState_reports_every_problem_at_once_and_changes_nothing()
    {
        using IDisposable scope = NewDisposeScope();
        using var optimizer = new MomentumOptimizer(Parameters(), 0.9);
        var state = new Dictionary<string, Tensor>
        {
            ["momentum/a"] = full(2, 3, 5f),
            ["momentum/b"] = zeros(5),
            ["momentum/c"] = zeros(1),
        };
        var e = Assert.Throws<ArgumentException>(() => optimizer.LoadState(state));
        Assert.Contains("'momentum/b' has shape [5], expected [4]", e.Message);
        Assert.Contains("unexpected 'momentum/c'", e.Message);
        Assert.Contains("missing 'step'", e.Message);
        Assert.Contains("3 problems", e.Message);
        TensorAssert.Close(new double[6], optimizer.State()["momentum/a"], 0);

        state.Remove("momentum/c");
        state["momentum/b"] = zeros(4);
        state["step"] = tensor(2.0f);
        e = Assert.Throws<ArgumentException>(() => optimizer.LoadState(state));
        Assert.Contains("'step' is Float32 of shape [], expected a 0-d int64 tensor", e.Message);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(zeros(2));
        Assert.Throws<ArgumentException>(() => new MomentumOptimizer([("w", weight), ("w", weight)], 0.9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RmsPropOptimizer([("w", weight)], 1.5, 0.9, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamOptimizer([("w", weight)], beta1: 1.0));
        using var optimizer = new MomentumOptimizer([("w", weight)], 0.9);
        Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Step(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Step(-0.1));
    }

    [Fact]
    public void Steps_leave_no_live_tensors_behind()
    {
        (string, Parameter)[] parameters = Parameters();
        using var optimizer = new RmsPropOptimizer(parameters, 0.9, 0.9, 1.0);
        using (NewDisposeScope())
        {
            SetGradients(parameters, 0);
        }

        optimizer.Step(0.1);
        long live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        for (int i = 0; i < 20; i++)
        {
            optimizer.Step(0.1);
        }

        Assert.Equal(live, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        foreach ((_, Parameter parameter) in parameters)
        {
            parameter.Dispose();
        }
    }

    private static (string, Parameter)[] Parameters() =>
    [
        ("a", new Parameter(ones(2, 3))),
        ("b", new Parameter(tensor(new[] { 1f, 2f, 3f, 4f }))),
    ];

    private static void SetGradients((string, Parameter)[] parameters, int step)
    {
        foreach ((_, Parameter parameter) in parameters)
        {
            parameter.grad = arange(parameter.numel(), dtype: ScalarType.Float32).reshape(parameter.shape).sub(step).mul(0.25);
        }
    }

    private static void CopyValues((string, Parameter)[] from, (string, Parameter)[] to)
    {
        using IDisposable noGrad = no_grad();
        for (int i = 0; i < from.Length; i++)
        {
            to[i].Item2.copy_(from[i].Item2);
        }
    }
}
