using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.Optimization;

/// <summary>Hand computation: gradients [3, 4] and [12] have global norm sqrt(9 + 16 + 144) = 13.</summary>
[Collection(TorchCollection.Name)]
public sealed class GradientClippingTests
{
    [Fact]
    public void Gradients_above_the_clip_norm_are_scaled_by_clip_over_global_norm()
    {
        using IDisposable scope = NewDisposeScope();
        Parameter[] parameters = WithGradients(new[] { 3f, 4f }, new[] { 12f });
        double norm = GradientClipping.ClipByGlobalNorm(parameters, 6.5);

        // scale = 6.5 / max(13, 6.5) = 0.5.
        Assert.Equal(13.0, norm, 1e-12);
        TensorAssert.Close([1.5, 2.0], parameters[0].grad!, 1e-7);
        TensorAssert.Close([6.0], parameters[1].grad!, 1e-7);
    }

    [Fact]
    public void Gradients_within_the_clip_norm_are_unchanged_and_missing_ones_are_skipped()
    {
        using IDisposable scope = NewDisposeScope();
        Parameter[] parameters = [.. WithGradients(new[] { 3f, 4f }, new[] { 12f }), new Parameter(zeros(3))];
        Assert.Equal(13.0, GradientClipping.ClipByGlobalNorm(parameters, 20), 1e-12);
        TensorAssert.Close([3.0, 4.0], parameters[0].grad!, 0);
        TensorAssert.Close([12.0], parameters[1].grad!, 0);
        Assert.Null(parameters[2].grad);
        Assert.Equal(0.0, GradientClipping.ClipByGlobalNorm([parameters[2]], 1));
    }

    [Theory]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NaN)]
    public void A_non_finite_norm_is_returned_and_the_gradients_are_left_alone(float bad)
    {
        using IDisposable scope = NewDisposeScope();
        Parameter[] parameters = WithGradients(new[] { 3f, 4f }, new[] { bad });
        double norm = GradientClipping.ClipByGlobalNorm(parameters, 1);
        Assert.False(double.IsFinite(norm));
        TensorAssert.Close([3.0, 4.0], parameters[0].grad!, 0);
    }

    [Fact]
    public void The_clip_norm_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByGlobalNorm([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByGlobalNorm([], double.NaN));
    }

    private static Parameter[] WithGradients(params float[][] gradients) => gradients
        .Select(g =>
        {
            var parameter = new Parameter(zeros(g.Length));
            parameter.grad = tensor(g);
            return parameter;
        })
        .ToArray();
}
