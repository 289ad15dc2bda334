namespace SingleShot.Training.FineTuning;

/// <summary>A prefix mapping of a restore and how many checkpoint names it renamed.</summary>
/// <param name="Mapping">The mapping.</param>
/// <param name="Count">Checkpoint tensors it renamed.</param>
public sealed record PrefixMappingUse(PrefixMapping Mapping, int Count);
