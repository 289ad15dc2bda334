using static TorchSharp.torch;

namespace SingleShot.Nn;

/// <summary>
/// TF <c>variance_scaling_initializer</c>: variance <c>Factor / n</c> where n is fan-in, fan-out or their
/// average (<see cref="Mode"/>); uniform on <c>[-sqrt(3 var), sqrt(3 var)]</c> or truncated normal with
/// stddev <c>sqrt(1.3 var)</c> (TF 1's correction for the truncation).
/// </summary>
/// <param name="Factor">Scale factor (TF default 2.0).</param>
/// <param name="Mode">Which fan to divide by.</param>
/// <param name="Uniform">Uniform instead of truncated normal.</param>
public sealed record VarianceScalingInit(double Factor = 2.0, FanMode Mode = FanMode.FanIn, bool Uniform = false) : WeightInit
{
    /// <inheritdoc/>
    public override void Apply(Tensor weight)
    {
        (double fanIn, double fanOut) = Fans(weight);
        double n = Mode switch
        {
            FanMode.FanIn => fanIn,
            FanMode.FanOut => fanOut,
            _ => (fanIn + fanOut) / 2.0,
        };
        double variance = Factor / Math.Max(n, 1.0);
        using var noGrad = no_grad();
        if (Uniform)
        {
            double limit = Math.Sqrt(3.0 * variance);
            nn.init.uniform_(weight, -limit, limit);
        }
        else
        {
            double stddev = Math.Sqrt(1.3 * variance);
            TruncatedNormal.Fill(weight, 0.0, stddev);
        }
    }
}
