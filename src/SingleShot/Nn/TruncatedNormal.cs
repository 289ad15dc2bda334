using static TorchSharp.torch;

namespace SingleShot.Nn;

/// <summary>
/// Fills a tensor with draws of a normal distribution truncated to [<c>mean - 2 stddev</c>, <c>mean + 2 stddev</c>]
/// (the distribution of TF's <c>truncated_normal</c>), by inverse-CDF sampling: uniform draws between the CDF values
/// of the bounds, mapped back through the inverse error function. TorchSharp 0.107's <c>nn.init.trunc_normal_</c>
/// must not be used: it fills the tensor with the constant <c>stddev</c>, so every filter of a layer is the same.
/// </summary>
public static class TruncatedNormal
{
    /// <summary>Fills <paramref name="tensor"/> in place from the default generator; returns it.</summary>
    public static Tensor Fill(Tensor tensor, double mean, double stddev)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stddev);
        using var noGrad = no_grad();

        // Standard normal CDF at -2 and 2, as the bounds of the uniform draw in [-1, 1] space: 2 * cdf - 1 = erf(x / sqrt 2).
        double lower = Erf(-2.0 / Math.Sqrt(2.0));
        double upper = -lower;
        tensor.uniform_(lower, upper);
        tensor.erfinv_();
        tensor.mul_(stddev * Math.Sqrt(2.0));
        tensor.add_(mean);
        tensor.clamp_(mean - (2 * stddev), mean + (2 * stddev));
        return tensor;
    }

    /// <summary>The error function by its Maclaurin series (double precision for |x| &lt;= 2, where it is used).</summary>
    private static double Erf(double x)
    {
        // Maclaurin series: erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1)); converges fast for |x| <= 2.
        double sum = 0.0;
        double term = x;
        for (int n = 0; n < 60; n++)
        {
            sum += term / ((2 * n) + 1);
            term *= -x * x / (n + 1);
        }

        return 2.0 / Math.Sqrt(Math.PI) * sum;
    }
}
