namespace SingleShot.Training.FineTuning;

/// <summary>
/// Renames checkpoint tensors before matching them with model variables: a name starting with
/// <paramref name="CheckpointPrefix"/> gets <paramref name="ModelPrefix"/> instead (e.g. <c>""</c> to
/// <c>"feature_extractor."</c> for a bare backbone state dict).
/// </summary>
/// <param name="CheckpointPrefix">The prefix in the checkpoint; empty matches every name.</param>
/// <param name="ModelPrefix">The prefix it becomes in the model.</param>
public sealed record PrefixMapping(string CheckpointPrefix, string ModelPrefix)
{
    /// <summary>The mapping as <c>'from' -> 'to'</c>.</summary>
    public override string ToString() => $"'{CheckpointPrefix}' -> '{ModelPrefix}'";
}
