using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// SGD with momentum as TF's <c>tf.train.MomentumOptimizer</c> (no Nesterov), the TF OD API's
/// <c>momentum_optimizer</c>: <c>accum = momentum * accum + g; var -= lr * accum</c>, the accumulator starting at
/// zero. The learning rate multiplies the accumulator at each step (not folded into it), which is also what
/// <c>torch.optim.SGD(momentum=m, dampening=0)</c> does. State: <c>"momentum/&lt;name&gt;"</c>.
/// </summary>
public sealed class MomentumOptimizer : TrainingOptimizer
{
    private readonly double _momentum;
    private readonly Tensor[] _accumulators;

    /// <summary>Creates the optimizer.</summary>
    /// <param name="parameters">The trainable parameters with their names.</param>
    /// <param name="momentum">The momentum (TF OD API <c>momentum_optimizer_value</c>); finite, not negative.</param>
    public MomentumOptimizer(IReadOnlyList<(string Name, Parameter Parameter)> parameters, double momentum)
        : base(parameters)
    {
        ScheduleArguments.RequireFiniteNonNegative(momentum, nameof(momentum));
        _momentum = momentum;
        _accumulators = CreateSlots("momentum", p => zeros_like(p));
    }

    /// <inheritdoc/>
    protected override void Apply(int index, Tensor parameter, Tensor gradient, double learningRate, long step)
    {
        using Scalar momentum = _momentum.ToScalar();
        using Scalar negativeRate = (-learningRate).ToScalar();
        Tensor accumulator = _accumulators[index];
        accumulator.mul_(momentum).add_(gradient);
        parameter.add_(accumulator, negativeRate);
    }
}
