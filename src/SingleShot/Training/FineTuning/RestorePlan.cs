using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Training.FineTuning;

/// <summary>Sorts model variables into the restore report's categories and collects the copies to make.</summary>
internal sealed class RestorePlan
{
    private readonly List<(Tensor Target, Tensor Source)> _copies = [];

    public List<string> Restored { get; } = [];

    public List<string> Absent { get; } = [];

    public List<SkippedVariable> Skipped { get; } = [];

    public List<ShapeMismatch> ShapeMismatches { get; } = [];

    /// <summary>Problems that stop the restore: shape mismatches outside the heads, incompatible dtypes.</summary>
    public List<StateMismatch> Errors { get; } = [];

    /// <summary>Decides what happens to model variable <paramref name="name"/> given its checkpoint tensor (or null).</summary>
    public void Consider(string name, Tensor target, Tensor? source, bool inScope, bool isHead)
    {
        if (!inScope)
        {
            Skipped.Add(new SkippedVariable(name, SkipReason.OutsideScope));
        }
        else if (source is null)
        {
            Absent.Add(name);
        }
        else if (!target.shape.SequenceEqual(source.shape))
        {
            if (isHead)
            {
                Skipped.Add(new SkippedVariable(name, SkipReason.HeadShapeMismatch));
                ShapeMismatches.Add(new ShapeMismatch(name, target.shape, source.shape));
            }
            else
            {
                Errors.Add(new StateMismatch(name, StateMismatchKind.Shape, ShapeText.Format(target.shape), ShapeText.Format(source.shape)));
            }
        }
        else if (!Compatible(target.dtype, source.dtype))
        {
            Errors.Add(new StateMismatch(name, StateMismatchKind.DType, target.dtype.ToString(), source.dtype.ToString()));
        }
        else
        {
            Restored.Add(name);
            _copies.Add((target, source));
        }
    }

    /// <summary>Copies every restored tensor into its model variable, in place and under no-grad.</summary>
    public void Apply()
    {
        using (no_grad())
        {
            foreach ((Tensor target, Tensor source) in _copies)
            {
                target.copy_(source);
            }
        }
    }

    /// <summary>Same dtype, or floating point to floating point (converted on copy).</summary>
    private static bool Compatible(ScalarType target, ScalarType source) =>
        target == source || (is_floating_point(target) && is_floating_point(source));
}
