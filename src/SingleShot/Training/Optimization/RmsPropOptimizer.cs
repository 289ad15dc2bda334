using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// RMSProp as TF1's <c>tf.train.RMSPropOptimizer</c> (uncentered), which the TF1 OD API builds for
/// <c>rms_prop_optimizer</c> (defaults there: decay 0.9, momentum 0.9, epsilon 1.0). Per step, in the order of TF's
/// <c>ApplyRMSProp</c> kernel:
/// <c>ms += (g^2 - ms) * (1 - decay); mom = momentum * mom + lr * g / sqrt(ms + epsilon); var -= mom</c>.
/// As in TF1 the mean square starts at ONES (Keras' RMSprop starts at zeros) and epsilon sits inside the square
/// root, so the large TF OD API epsilon of 1.0 damps the step. State: <c>"rms/&lt;name&gt;"</c> and
/// <c>"momentum/&lt;name&gt;"</c>.
/// </summary>
public sealed class RmsPropOptimizer : TrainingOptimizer
{
    private readonly double _decay;
    private readonly double _momentum;
    private readonly double _epsilon;
    private readonly Tensor[] _meanSquares;
    private readonly Tensor[] _moments;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="parameters">The trainable parameters with their names.</param>
    /// <param name="decay">Decay of the mean square, in [0, 1].</param>
    /// <param name="momentum">The momentum (TF OD API <c>momentum_optimizer_value</c>); finite, not negative.</param>
    /// <param name="epsilon">Added to the mean square under the square root; finite, not negative.</param>
    public RmsPropOptimizer(IReadOnlyList<(string Name, Parameter Parameter)> parameters, double decay, double momentum, double epsilon)
        : base(parameters)
    {
        ScheduleArguments.RequireInRange(decay, nameof(decay), 0, 1);
        ScheduleArguments.RequireFiniteNonNegative(momentum, nameof(momentum));
        ScheduleArguments.RequireFiniteNonNegative(epsilon, nameof(epsilon));
        _decay = decay;
        _momentum = momentum;
        _epsilon = epsilon;
        _meanSquares = CreateSlots("rms", p => ones_like(p));
        _moments = CreateSlots("momentum", p => zeros_like(p));
    }

    /// <inheritdoc/>
    protected override void Apply(int index, Tensor parameter, Tensor gradient, double learningRate, long step)
    {
        using Scalar oneMinusDecay = (1 - _decay).ToScalar();
        using Scalar momentum = _momentum.ToScalar();
        using Scalar epsilon = _epsilon.ToScalar();
        using Scalar rate = learningRate.ToScalar();
        Tensor meanSquare = _meanSquares[index];
        Tensor moment = _moments[index];
        meanSquare.add_(gradient.square().sub_(meanSquare).mul_(oneMinusDecay));
        moment.mul_(momentum).add_(gradient.mul(rate).div_(meanSquare.add(epsilon).sqrt_()));
        parameter.sub_(moment);
    }
}
