using SingleShot.Checkpoints;

namespace SingleShot.Training.FineTuning;

/// <summary>A model variable whose checkpoint tensor has another shape.</summary>
/// <param name="Name">The state-dict name in the model.</param>
/// <param name="Expected">The model variable's shape.</param>
/// <param name="Found">The checkpoint tensor's shape.</param>
public sealed record ShapeMismatch(string Name, IReadOnlyList<long> Expected, IReadOnlyList<long> Found)
{
    /// <summary>The mismatch as <c>name: model [..], checkpoint [..]</c>.</summary>
    public override string ToString() => $"{Name}: model {ShapeText.Format(Expected)}, checkpoint {ShapeText.Format(Found)}";
}
