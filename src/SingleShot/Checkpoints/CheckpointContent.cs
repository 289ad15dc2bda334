using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// What a training checkpoint holds. Disposal rule: a content returned by <see cref="CheckpointManager.Load"/> owns its
/// tensors and <see cref="Dispose"/> releases them; a content created by the caller (e.g. around a live model's
/// <see cref="ModelState.Capture"/>) owns nothing and disposing it does nothing.
/// </summary>
/// <param name="Step">The completed training steps (0 or more).</param>
/// <param name="Model">The model's parameters and persistent buffers by plain state-dict name (see <see cref="ModelState"/>).</param>
/// <param name="MovingAverages">Moving-average (EMA) weights by state-dict name, stored as <c>ema/&lt;name&gt;</c>; null when not used.</param>
/// <param name="OptimizerState">Optimizer state tensors by key, stored as <c>optimizer/&lt;key&gt;</c>; empty when none.</param>
/// <param name="Metadata">Trainer-owned values (RNG states, schedule position, config hash), stored with the <c>singleshot.</c> prefix.</param>
public sealed record CheckpointContent(
    long Step,
    IReadOnlyDictionary<string, Tensor> Model,
    IReadOnlyDictionary<string, Tensor>? MovingAverages,
    IReadOnlyDictionary<string, Tensor> OptimizerState,
    IReadOnlyDictionary<string, string> Metadata) : IDisposable
{
    private bool _ownsTensors;

    /// <summary>True when this content was loaded from a file and <see cref="Dispose"/> releases its tensors.</summary>
    public bool OwnsTensors => _ownsTensors;

    /// <summary>Releases the tensors of a loaded content; does nothing for a caller-created one.</summary>
    public void Dispose()
    {
        if (!_ownsTensors)
        {
            return;
        }

        _ownsTensors = false;
        IEnumerable<Tensor> all = Model.Values.Concat(OptimizerState.Values);
        foreach (Tensor tensor in MovingAverages is null ? all : all.Concat(MovingAverages.Values))
        {
            tensor.Dispose();
        }
    }

    /// <summary>Marks the tensors as owned by this content (for contents built from a file).</summary>
    internal CheckpointContent TakeOwnership()
    {
        _ownsTensors = true;
        return this;
    }
}
