namespace SingleShot.Checkpoints;

/// <summary>How a checkpoint tensor and a model variable disagree.</summary>
public enum StateMismatchKind
{
    /// <summary>The model has the variable; the checkpoint does not.</summary>
    Missing,

    /// <summary>The checkpoint has a tensor the model does not.</summary>
    Unexpected,

    /// <summary>Both have it, with different shapes.</summary>
    Shape,

    /// <summary>Both have it, with element types that cannot be copied one into the other.</summary>
    DType,
}
