using SingleShot.Nn;
using static TorchSharp.torch;

namespace SingleShot.Tests.Nn;

[Collection(TorchCollection.Name)]
public sealed class TruncatedNormalTests
{
    [Fact]
    public void Draws_follow_the_normal_truncated_at_two_standard_deviations()
    {
        using IDisposable scope = NewDisposeScope();
        manual_seed(3);
        Tensor draws = TruncatedNormal.Fill(empty(200_000, dtype: ScalarType.Float64), 0.5, 0.03);

        // A standard normal truncated to [-2, 2] has standard deviation sqrt(1 - 4 phi(2) / (Phi(2) - Phi(-2)))
        // = sqrt(1 - 4 * 0.0539909665 / 0.9544997361) = 0.8796256610 (hand computation from the normal tables).
        Assert.Equal(0.03 * 0.8796256610, draws.std().item<double>(), 0.0003);
        Assert.Equal(0.5, draws.mean().item<double>(), 0.0005);
        Assert.True(draws.min().item<double>() >= 0.5 - 0.06);
        Assert.True(draws.max().item<double>() <= 0.5 + 0.06);
        Assert.True(draws.unique().Item1.shape[0] > 199_000, "the draws must not repeat (TorchSharp's trunc_normal_ fills a constant)");
    }

    [Fact]
    public void Initialised_filters_differ_from_each_other()
    {
        using IDisposable scope = NewDisposeScope();
        manual_seed(4);
        var conv = nn.Conv2d(8, 16, 3);
        new TruncatedNormalInit(0.0, 0.03).Apply(conv.weight!);
        Tensor filters = conv.weight!.reshape(16, -1);
        Assert.True((filters[0] - filters[1]).abs().max().item<float>() > 1e-3);
        Assert.Equal(0.03 * 0.8796256610, filters.std().item<float>(), 0.003);
    }
}
