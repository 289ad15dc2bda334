namespace SingleShot.Checkpoints;

/// <summary>One disagreement between a checkpoint and a model.</summary>
/// <param name="Name">The state-dict name of the variable or tensor.</param>
/// <param name="Kind">What disagrees.</param>
/// <param name="Expected">What the model has (shape and dtype, e.g. <c>[3, 4] Float32</c>), or null for an unexpected tensor.</param>
/// <param name="Found">What the checkpoint has, or null for a missing variable.</param>
public sealed record StateMismatch(string Name, StateMismatchKind Kind, string? Expected, string? Found)
{
    /// <summary>One line for error messages, e.g. <c>shape mismatch: 'w' model [3, 4], checkpoint [5, 4]</c>.</summary>
    public override string ToString() => Kind switch
    {
        StateMismatchKind.Missing => $"missing: '{Name}' (model {Expected}) is not in the checkpoint",
        StateMismatchKind.Unexpected => $"unexpected: '{Name}' (checkpoint {Found}) is not in the model",
        StateMismatchKind.Shape => $"shape mismatch: '{Name}' model {Expected}, checkpoint {Found}",
        _ => $"dtype mismatch: '{Name}' model {Expected}, checkpoint {Found}",
    };
}
