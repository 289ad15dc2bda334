using static TorchSharp.torch;

namespace SingleShot.Nn;

/// <summary>Normal draws re-drawn outside two standard deviations (TF <c>truncated_normal_initializer</c>).</summary>
/// <param name="Mean">Mean.</param>
/// <param name="Stddev">Standard deviation before truncation.</param>
public sealed record TruncatedNormalInit(double Mean = 0.0, double Stddev = 1.0) : WeightInit
{
    /// <inheritdoc/>
    public override void Apply(Tensor weight)
    {
        using var noGrad = no_grad();
        TruncatedNormal.Fill(weight, Mean, Stddev);
    }
}
