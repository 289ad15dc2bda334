using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.Optimization;

[Collection(TorchCollection.Name)]
public sealed class ExponentialMovingAverageTests
{
    [Fact]
    public void Shadows_start_at_the_weights_and_follow_them_with_a_constant_decay()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(tensor(new[] { 1f, -2f }));
        using var average = new ExponentialMovingAverage([("w", weight)], 0.75);
        Set(weight, 5f, 2f);
        average.Update(1);

        // shadow -= (1 - 0.75) * (shadow - w): [1 - 0.25 * (1 - 5), -2 - 0.25 * (-2 - 2)] = [2, -1].
        TensorAssert.Close([2.0, -1.0], average.Shadows["w"], 1e-7);
        Set(weight, 6f, 3f);
        average.Update(2);

        // [2 - 0.25 * (2 - 6), -1 - 0.25 * (-1 - 3)] = [3, 0].
        TensorAssert.Close([3.0, 0.0], average.Shadows["w"], 1e-7);
        Assert.Equal(0.75, average.DecayAt(1_000_000));
    }

    [Fact]
    public void Dynamic_decay_is_TFs_num_updates_form()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(zeros(1));
        using var average = new ExponentialMovingAverage([("w", weight)], 0.9999, dynamicDecay: true);

        // min(0.9999, (1 + n) / (10 + n)): n = 0 -> 0.1, n = 8 -> 0.5, n = 89990 -> 89991 / 90000 = 0.9999, n = 10^6 -> 0.9999.
        Assert.Equal(0.1, average.DecayAt(0), 1e-15);
        Assert.Equal(0.5, average.DecayAt(8), 1e-15);
        Assert.Equal(0.9999, average.DecayAt(89_990), 1e-15);
        Assert.Equal(0.9999, average.DecayAt(1_000_000));
        Set(weight, 10f);
        average.Update(8);

        // 0 - (1 - 0.5) * (0 - 10) = 5.
        TensorAssert.Close([5.0], average.Shadows["w"], 1e-7);
    }

    [Fact]
    public void SwapInto_puts_the_averages_in_and_restores_the_live_values_bit_for_bit()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(tensor(new[] { 0.1f, 0.2f, 0.3f }));
        using var average = new ExponentialMovingAverage([("w", weight)], 0.5);
        Set(weight, 0.7f, 0.11f, -0.3f);
        average.Update(1);
        Tensor live = weight.detach().clone();
        using (average.SwapInto())
        {
            // (0.1 + 0.7) / 2, (0.2 + 0.11) / 2, (0.3 - 0.3) / 2.
            TensorAssert.Close([0.4, 0.155, 0.0], weight, 1e-7);
            Assert.Throws<InvalidOperationException>(() => average.Update(2));
            Assert.Throws<InvalidOperationException>(() => average.SwapInto());
        }

        Assert.True(weight.eq(live).all().item<bool>());
        average.Update(2);
    }

    [Fact]
    public void LoadState_is_strict_and_round_trips()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(zeros(2));
        using var average = new ExponentialMovingAverage([("w", weight)], 0.5);
        var e = Assert.Throws<ArgumentException>(() => average.LoadState(new Dictionary<string, Tensor> { ["w"] = zeros(3), ["v"] = zeros(2) }));
        Assert.Contains("'w' has shape [3], expected [2]", e.Message);
        Assert.Contains("unexpected 'v'", e.Message);
        Assert.Throws<ArgumentException>(() => average.LoadState(new Dictionary<string, Tensor>()));
        average.LoadState(new Dictionary<string, Tensor> { ["w"] = tensor(new[] { 4.0, 8.0 }) });
        TensorAssert.Close([4.0, 8.0], average.Shadows["w"], 0);
        Assert.Equal(ScalarType.Float32, average.Shadows["w"].dtype);
    }

    [Fact]
    public void The_decay_must_be_in_zero_to_one()
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(zeros(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialMovingAverage([("w", weight)], 1.5));
        Assert.Throws<ArgumentException>(() => new ExponentialMovingAverage([("w", weight), ("w", weight)], 0.5));
    }

    private static void Set(Parameter parameter, params float[] values)
    {
        using IDisposable noGrad = no_grad();
        parameter.copy_(tensor(values));
    }
}
