using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// Adam as TF1's <c>tf.train.AdamOptimizer</c>, which the TF1 OD API builds for <c>adam_optimizer</c>. Per step t
/// (1-based), in the order of TF's <c>ApplyAdam</c> kernel:
/// <c>alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t); m += (g - m) * (1 - beta1); v += (g^2 - v) * (1 - beta2);
/// var -= alpha * m / (sqrt(v) + epsilon)</c>. Epsilon is TF's "epsilon hat": added after the bias correction is
/// folded into alpha (PyTorch's Adam adds it to the bias-corrected root instead). alpha is computed in double here;
/// TF keeps float32 running powers of the betas. State: <c>"adam_m/&lt;name&gt;"</c>, <c>"adam_v/&lt;name&gt;"</c>;
/// t is the optimizer's step count, shared by all parameters as TF's beta powers are.
/// </summary>
public sealed class AdamOptimizer : TrainingOptimizer
{
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _epsilon;
    private readonly Tensor[] _firstMoments;
    private readonly Tensor[] _secondMoments;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="parameters">The trainable parameters with their names.</param>
    /// <param name="beta1">Decay of the gradient average, in [0, 1); TF's default 0.9.</param>
    /// <param name="beta2">Decay of the squared-gradient average, in [0, 1); TF's default 0.999.</param>
    /// <param name="epsilon">TF's epsilon hat; finite, not negative; TF's default 1e-8.</param>
    public AdamOptimizer(IReadOnlyList<(string Name, Parameter Parameter)> parameters, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
        : base(parameters)
    {
        ScheduleArguments.RequireInRange(beta1, nameof(beta1), 0, 1, maxExclusive: true);
        ScheduleArguments.RequireInRange(beta2, nameof(beta2), 0, 1, maxExclusive: true);
        ScheduleArguments.RequireFiniteNonNegative(epsilon, nameof(epsilon));
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
        _firstMoments = CreateSlots("adam_m", p => zeros_like(p));
        _secondMoments = CreateSlots("adam_v", p => zeros_like(p));
    }

    /// <inheritdoc/>
    protected override void Apply(int index, Tensor parameter, Tensor gradient, double learningRate, long step)
    {
        using Scalar alpha = (learningRate * Math.Sqrt(1 - Math.Pow(_beta2, step)) / (1 - Math.Pow(_beta1, step))).ToScalar();
        using Scalar oneMinusBeta1 = (1 - _beta1).ToScalar();
        using Scalar oneMinusBeta2 = (1 - _beta2).ToScalar();
        using Scalar epsilon = _epsilon.ToScalar();
        Tensor m = _firstMoments[index];
        Tensor v = _secondMoments[index];
        m.add_(gradient.sub(m).mul_(oneMinusBeta1));
        v.add_(gradient.square().sub_(v).mul_(oneMinusBeta2));
        parameter.sub_(m.mul(alpha).div_(v.sqrt().add_(epsilon)));
    }
}
