using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// Gradient clipping by global norm as TF's <c>tf.clip_by_global_norm</c>, which the TF1 OD API applies for
/// <c>gradient_clipping_by_norm &gt; 0</c>. Not responsible for deciding what to do with a non-finite norm: it is
/// returned, and the gradients are left untouched, so the trainer can stop before a bad update.
/// </summary>
public static class GradientClipping
{
    /// <summary>
    /// Scales every gradient by <c>clip_norm / max(global_norm, clip_norm)</c>, where global_norm is the L2 norm of
    /// all gradients together (parameters without a gradient are skipped). TF would write NaN into every gradient
    /// when the norm is not finite; this leaves them unchanged instead and returns the norm.
    /// </summary>
    /// <param name="parameters">The parameters whose gradients (any shape, float dtype, one device) are clipped in place.</param>
    /// <param name="clipNorm">The largest global norm allowed; finite and positive.</param>
    /// <returns>The global norm before clipping (0 when no parameter has a gradient; infinite or NaN when a gradient is).</returns>
    public static double ClipByGlobalNorm(IEnumerable<Parameter> parameters, double clipNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!double.IsFinite(clipNorm) || clipNorm <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clipNorm), $"must be finite and positive, got {ScheduleArguments.Format(clipNorm)}.");
        }

        using IDisposable scope = NewDisposeScope();
        using IDisposable noGrad = no_grad();
        Tensor[] gradients = parameters.Select(p => p.grad).OfType<Tensor>().ToArray();
        double norm = GlobalNorm(gradients);
        if (double.IsFinite(norm) && norm > clipNorm)
        {
            using Scalar scale = (clipNorm / norm).ToScalar();
            foreach (Tensor gradient in gradients)
            {
                gradient.mul_(scale);
            }
        }

        return norm;
    }

    /// <summary>
    /// The global L2 norm of the parameters' gradients without changing them (parameters without a gradient are
    /// skipped; 0 when none has one).
    /// </summary>
    public static double GlobalNorm(IEnumerable<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using IDisposable scope = NewDisposeScope();
        using IDisposable noGrad = no_grad();
        return GlobalNorm(parameters.Select(p => p.grad).OfType<Tensor>().ToArray());
    }

    /// <summary>The L2 norm of all <paramref name="gradients"/> together: per-tensor norms, combined in double precision.</summary>
    private static double GlobalNorm(Tensor[] gradients)
    {
        if (gradients.Length == 0)
        {
            return 0.0;
        }

        Tensor norms = stack(gradients.Select(g => linalg.vector_norm(g).to_type(ScalarType.Float64)).ToArray());
        return norms.square().sum().sqrt().item<double>();
    }
}
