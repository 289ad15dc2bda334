using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// Adam with decoupled weight decay (Loshchilov and Hutter 2019) exactly as <c>torch.optim.AdamW</c> (single-tensor
/// path, no amsgrad), a SingleShot extension (<c>adam_w_optimizer</c>). Per step t (1-based):
/// <c>var *= 1 - lr * weight_decay; m = beta1 * m + (1 - beta1) * g; v = beta2 * v + (1 - beta2) * g^2;
/// var -= (lr / (1 - beta1^t)) * m / (sqrt(v) / sqrt(1 - beta2^t) + epsilon)</c>, epsilon added to the
/// bias-corrected root as PyTorch does. Defaults are PyTorch's. One difference: t is the optimizer's step count,
/// shared by all parameters, where PyTorch counts per parameter; the two agree whenever every parameter has a
/// gradient at every step. State: <c>"adam_m/&lt;name&gt;"</c>, <c>"adam_v/&lt;name&gt;"</c>.
/// </summary>
public sealed class AdamWOptimizer : TrainingOptimizer
{
    private readonly double _weightDecay;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _epsilon;
    private readonly Tensor[] _firstMoments;
    private readonly Tensor[] _secondMoments;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="parameters">The trainable parameters with their names.</param>
    /// <param name="weightDecay">Decoupled weight decay, multiplied by the learning rate; finite, not negative.</param>
    /// <param name="beta1">Decay of the gradient average, in [0, 1).</param>
    /// <param name="beta2">Decay of the squared-gradient average, in [0, 1).</param>
    /// <param name="epsilon">Added to the bias-corrected root; finite, not negative.</param>
    public AdamWOptimizer(
        IReadOnlyList<(string Name, Parameter Parameter)> parameters,
        double weightDecay = 0.01,
        double beta1 = 0.9,
        double beta2 = 0.999,
        double epsilon = 1e-8)
        : base(parameters)
    {
        ScheduleArguments.RequireFiniteNonNegative(weightDecay, nameof(weightDecay));
        ScheduleArguments.RequireInRange(beta1, nameof(beta1), 0, 1, maxExclusive: true);
        ScheduleArguments.RequireInRange(beta2, nameof(beta2), 0, 1, maxExclusive: true);
        ScheduleArguments.RequireFiniteNonNegative(epsilon, nameof(epsilon));
        _weightDecay = weightDecay;
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
        _firstMoments = CreateSlots("adam_m", p => zeros_like(p));
        _secondMoments = CreateSlots("adam_v", p => zeros_like(p));
    }

    /// <inheritdoc/>
    protected override void Apply(int index, Tensor parameter, Tensor gradient, double learningRate, long step)
    {
        using Scalar decayFactor = (1 - (learningRate * _weightDecay)).ToScalar();
        using Scalar beta1 = _beta1.ToScalar();
        using Scalar oneMinusBeta1 = (1 - _beta1).ToScalar();
        using Scalar beta2 = _beta2.ToScalar();
        using Scalar oneMinusBeta2 = (1 - _beta2).ToScalar();
        using Scalar correction2Root = Math.Sqrt(1 - Math.Pow(_beta2, step)).ToScalar();
        using Scalar epsilon = _epsilon.ToScalar();
        using Scalar negativeStepSize = (-learningRate / (1 - Math.Pow(_beta1, step))).ToScalar();
        Tensor m = _firstMoments[index];
        Tensor v = _secondMoments[index];
        parameter.mul_(decayFactor);
        m.mul_(beta1).add_(gradient, oneMinusBeta1);
        v.mul_(beta2).addcmul_(gradient, gradient, oneMinusBeta2);
        Tensor denominator = v.sqrt().div_(correction2Root).add_(epsilon);
        parameter.addcdiv_(m, denominator, negativeStepSize);
    }
}
