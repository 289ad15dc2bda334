using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// An optimizer over named parameters whose update rule and state follow TensorFlow's, so that TF OD API configs
/// train the same way and the state is ours to checkpoint: named slot tensors (<c>"&lt;slot&gt;/&lt;parameter
/// name&gt;"</c>, created eagerly, on each parameter's device) and the step count (<c>"step"</c>). A parameter whose
/// gradient is null at a step is skipped, as TF skips variables without a gradient. The learning rate comes with
/// each step from an <see cref="ILearningRateSchedule"/>.
/// Not responsible for gradients (clipping: <see cref="GradientClipping"/>) or for choosing what is trainable
/// (<see cref="VariableSelection"/>).
/// </summary>
public abstract class TrainingOptimizer : IDisposable
{
    /// <summary>The state key of the step count: a 0-d int64 tensor.</summary>
    public const string StepKey = "step";

    private readonly (string Name, Parameter Parameter)[] _parameters;
    private readonly List<(string Key, Tensor Value)> _slots = [];
    private bool _disposed;

    /// <summary>Takes the parameters to update; their names must be distinct and non-empty.</summary>
    /// <param name="parameters">The trainable parameters with their stable names (checkpoint keys).</param>
    protected TrainingOptimizer(IReadOnlyList<(string Name, Parameter Parameter)> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, Parameter parameter) in parameters)
        {
            if (string.IsNullOrEmpty(name) || parameter is null)
            {
                throw new ArgumentException("every parameter needs a non-empty name and a tensor.", nameof(parameters));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"parameter name '{name}' occurs twice.", nameof(parameters));
            }
        }

        _parameters = parameters.ToArray();
    }

    /// <summary>Completed <see cref="Step"/> calls (restored by <see cref="LoadState"/>).</summary>
    public long StepCount { get; private set; }

    /// <summary>The names of the parameters, in the order given.</summary>
    public IReadOnlyList<string> ParameterNames => _parameters.Select(p => p.Name).ToArray();

    /// <summary>
    /// Applies one update with <paramref name="learningRate"/> to every parameter that has a gradient, in place and
    /// without autograd; temporaries live in a dispose scope of their own.
    /// </summary>
    /// <param name="learningRate">The rate of this step; finite and not negative.</param>
    public void Step(double learningRate)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ScheduleArguments.RequireFiniteNonNegative(learningRate, nameof(learningRate));
        StepCount++;
        using IDisposable scope = NewDisposeScope();
        using IDisposable noGrad = no_grad();
        for (int i = 0; i < _parameters.Length; i++)
        {
            Parameter parameter = _parameters[i].Parameter;
            if (parameter.grad is Tensor gradient)
            {
                Apply(i, parameter, gradient, learningRate, StepCount);
            }
        }
    }

    /// <summary>Sets every parameter's gradient to none (PyTorch's <c>set_to_none</c>), so unused parameters are skipped.</summary>
    public void ZeroGrad()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach ((_, Parameter parameter) in _parameters)
        {
            parameter.grad = null;
        }
    }

    /// <summary>
    /// A copy of the state, owned by the caller: every slot tensor under its key and the step count under
    /// <see cref="StepKey"/> as a 0-d int64 tensor (on the CPU).
    /// </summary>
    public IReadOnlyDictionary<string, Tensor> State()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var state = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        using (no_grad())
        {
            foreach ((string key, Tensor value) in _slots)
            {
                state[key] = value.clone();
            }
        }

        state[StepKey] = tensor(StepCount, ScalarType.Int64);
        return state;
    }

    /// <summary>
    /// Replaces the state with <paramref name="state"/> (copied; the caller keeps ownership). Strict: every key of
    /// <see cref="State"/> must be present with the same shape and no other key may be; all problems are reported in
    /// one <see cref="ArgumentException"/> and nothing is changed then.
    /// </summary>
    /// <param name="state">Slot tensors by key (any float dtype and device; converted) and <see cref="StepKey"/> as a 0-d int64 tensor.</param>
    public void LoadState(IReadOnlyDictionary<string, Tensor> state)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(state);
        var problems = new List<string>();
        var expected = _slots.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        StateValidation.CheckTensors(expected, state, [StepKey], problems);
        long step = StateValidation.CheckStep(state, StepKey, problems);
        StateValidation.ThrowIfAny(problems, "optimizer state", GetType().Name);
        using (no_grad())
        {
            foreach ((string key, Tensor value) in _slots)
            {
                value.copy_(state[key]);
            }
        }

        StepCount = step;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Updates parameter <paramref name="index"/> in place (called under <c>no_grad</c> in a dispose scope).</summary>
    /// <param name="index">The parameter's position in the constructor's list (and in slot arrays).</param>
    /// <param name="parameter">The parameter, any shape and float dtype.</param>
    /// <param name="gradient">Its gradient, same shape and dtype.</param>
    /// <param name="learningRate">The step's learning rate.</param>
    /// <param name="step">The 1-based count of steps including this one (TF's Adam <c>t</c>).</param>
    protected abstract void Apply(int index, Tensor parameter, Tensor gradient, double learningRate, long step);

    /// <summary>
    /// Creates one slot tensor per parameter, keyed <c>"&lt;slotName&gt;/&lt;parameter name&gt;"</c>, from
    /// <paramref name="initial"/> (e.g. <c>zeros_like</c>); call from the derived constructor. The tensors are owned
    /// by the optimizer, outside any dispose scope.
    /// </summary>
    /// <returns>The slot tensors, indexed like the parameters.</returns>
    protected Tensor[] CreateSlots(string slotName, Func<Tensor, Tensor> initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        var slots = new Tensor[_parameters.Length];
        using IDisposable scope = NewDisposeScope();
        using (no_grad())
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                slots[i] = initial(_parameters[i].Parameter).detach().DetachFromDisposeScope();
                _slots.Add(($"{slotName}/{_parameters[i].Name}", slots[i]));
            }
        }

        return slots;
    }

    /// <summary>Disposes the slot tensors (never the parameters).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        if (disposing)
        {
            foreach ((_, Tensor value) in _slots)
            {
                value.Dispose();
            }
        }

        _disposed = true;
    }
}
