using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>
/// An exponential moving average of the trainable weights (TF OD API <c>use_moving_average</c>,
/// <c>moving_average_decay</c>), for evaluation and export. Semantics of the TF1 OD API, whose optimizer builder wraps
/// the optimizer in <c>tf.contrib.opt.MovingAverageOptimizer(opt, average_decay)</c> without <c>num_updates</c>:
/// the decay is constant, each shadow starts as a copy of its parameter when the average is created (so create it
/// after restoring a fine-tune checkpoint), and after each optimizer step
/// <c>shadow -= (1 - decay) * (shadow - var)</c>. TF's <c>num_updates</c> form
/// <c>decay = min(decay, (1 + step) / (10 + step))</c> (SSD-Tensorflow's <c>train_ssd_network.py</c> passes the global
/// step to <c>tf.train.ExponentialMovingAverage</c>; the TF2 Model Garden's EMA optimizer does the same) is available
/// with <c>dynamicDecay</c>. Buffers (batch-norm statistics) are not averaged: pass parameters only.
/// Not responsible for deciding when to swap the averages in (see <see cref="SwapInto"/>).
/// </summary>
public sealed class ExponentialMovingAverage : IDisposable
{
    private readonly (string Name, Parameter Parameter)[] _parameters;
    private readonly Tensor[] _shadows;
    private bool _swapped;
    private bool _disposed;

    /// <summary>Creates the average with every shadow equal to its parameter's current value.</summary>
    /// <param name="parameters">The trainable parameters with their distinct names (checkpoint keys of the shadows).</param>
    /// <param name="decay">The decay, in [0, 1]; the TF OD API default is 0.9999.</param>
    /// <param name="dynamicDecay">Use <c>min(decay, (1 + step) / (10 + step))</c> instead of the constant decay.</param>
    public ExponentialMovingAverage(IReadOnlyList<(string Name, Parameter Parameter)> parameters, double decay, bool dynamicDecay = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ScheduleArguments.RequireInRange(decay, nameof(decay), 0, 1);
        if (parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != parameters.Count || parameters.Any(p => string.IsNullOrEmpty(p.Name)))
        {
            throw new ArgumentException("parameter names must be non-empty and distinct.", nameof(parameters));
        }

        Decay = decay;
        DynamicDecay = dynamicDecay;
        _parameters = parameters.ToArray();
        _shadows = new Tensor[_parameters.Length];
        using IDisposable scope = NewDisposeScope();
        using IDisposable noGrad = no_grad();
        for (int i = 0; i < _parameters.Length; i++)
        {
            _shadows[i] = _parameters[i].Parameter.detach().clone().DetachFromDisposeScope();
        }
    }

    /// <summary>The configured decay.</summary>
    public double Decay { get; }

    /// <summary>Whether the decay follows TF's <c>num_updates</c> form.</summary>
    public bool DynamicDecay { get; }

    /// <summary>
    /// A copy of the averages by parameter name, owned by the caller (for checkpoints); same shapes, dtypes and
    /// devices as the parameters.
    /// </summary>
    public IReadOnlyDictionary<string, Tensor> Shadows
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var shadows = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            using (no_grad())
            {
                for (int i = 0; i < _parameters.Length; i++)
                {
                    shadows[_parameters[i].Name] = _shadows[i].clone();
                }
            }

            return shadows;
        }
    }

    /// <summary>The decay an <see cref="Update"/> at <paramref name="step"/> uses.</summary>
    public double DecayAt(long step)
    {
        ScheduleArguments.RequireStep(step);
        return DynamicDecay ? Math.Min(Decay, (1.0 + step) / (10.0 + step)) : Decay;
    }

    /// <summary>Moves every shadow towards its parameter; call after each optimizer step.</summary>
    /// <param name="step">Completed optimizer steps including the one just applied (used only with dynamic decay).</param>
    public void Update(long step)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_swapped)
        {
            throw new InvalidOperationException("the moving averages are swapped into the parameters; dispose the swap before updating.");
        }

        using Scalar weight = (1 - DecayAt(step)).ToScalar();
        using IDisposable scope = NewDisposeScope();
        using IDisposable noGrad = no_grad();
        for (int i = 0; i < _parameters.Length; i++)
        {
            _shadows[i].sub_(_shadows[i].sub(_parameters[i].Parameter).mul_(weight));
        }
    }

    /// <summary>
    /// Replaces the averages with <paramref name="shadows"/> (copied). Strict: one tensor per parameter name with the
    /// parameter's shape and no other key; all problems are reported in one <see cref="ArgumentException"/> and
    /// nothing is changed then.
    /// </summary>
    public void LoadState(IReadOnlyDictionary<string, Tensor> shadows)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(shadows);
        var problems = new List<string>();
        var expected = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        for (int i = 0; i < _parameters.Length; i++)
        {
            expected[_parameters[i].Name] = _shadows[i];
        }

        StateValidation.CheckTensors(expected, shadows, [], problems);
        StateValidation.ThrowIfAny(problems, "moving-average state", nameof(ExponentialMovingAverage));
        using IDisposable noGrad = no_grad();
        foreach ((string name, Tensor shadow) in expected)
        {
            shadow.copy_(shadows[name]);
        }
    }

    /// <summary>
    /// Puts the averages into the parameters (for evaluation or export with the averaged weights) until the
    /// returned object is disposed, which restores the live values bit for bit. Swaps do not nest.
    /// </summary>
    public IDisposable SwapInto()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_swapped)
        {
            throw new InvalidOperationException("the moving averages are already swapped into the parameters.");
        }

        var live = new Tensor[_parameters.Length];
        using (NewDisposeScope())
        using (no_grad())
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                Parameter parameter = _parameters[i].Parameter;
                live[i] = parameter.detach().clone().DetachFromDisposeScope();
                parameter.copy_(_shadows[i]);
            }
        }

        _swapped = true;
        return new SwapBack(this, live);
    }

    /// <summary>Disposes the shadows (never the parameters).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        foreach (Tensor shadow in _shadows)
        {
            shadow.Dispose();
        }

        _disposed = true;
    }

    private void Restore(Tensor[] live)
    {
        using (no_grad())
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                _parameters[i].Parameter.copy_(live[i]);
                live[i].Dispose();
            }
        }

        _swapped = false;
    }

    /// <summary>Restores the live parameter values once.</summary>
    private sealed class SwapBack(ExponentialMovingAverage owner, Tensor[] live) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (!_done)
            {
                _done = true;
                owner.Restore(live);
            }
        }
    }
}
