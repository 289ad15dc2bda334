namespace SingleShot.Training.FineTuning;

/// <summary>
/// Which model variables are the backbone and which the heads (by state-dict name prefix), and how checkpoint names
/// map to model names. <see cref="Ssd"/> fits <c>SsdDetector</c>.
/// </summary>
/// <param name="BackbonePrefixes">Name prefixes of the backbone (restored by every checkpoint type).</param>
/// <param name="HeadPrefixes">Name prefixes of the heads (restored only by <see cref="FineTuneCheckpointType.Full"/>).</param>
public sealed record FineTuneScope(IReadOnlyList<string> BackbonePrefixes, IReadOnlyList<string> HeadPrefixes)
{
    /// <summary>The scope of <c>SsdDetector</c>: backbone <c>feature_extractor.</c>, heads <c>box_predictor.</c>, no mapping.</summary>
    public static FineTuneScope Ssd { get; } = new(["feature_extractor."], ["box_predictor."]);

    /// <summary>Checkpoint-to-model renames; for each checkpoint name the longest matching checkpoint prefix applies.</summary>
    public IReadOnlyList<PrefixMapping> PrefixMappings { get; init; } = [];

    /// <summary>This scope with one more prefix mapping, e.g. <c>("", "feature_extractor.")</c> for a bare backbone state dict.</summary>
    public FineTuneScope WithPrefixMapping(string checkpointPrefix, string modelPrefix)
    {
        ArgumentNullException.ThrowIfNull(checkpointPrefix);
        ArgumentNullException.ThrowIfNull(modelPrefix);
        return this with { PrefixMappings = [.. PrefixMappings, new PrefixMapping(checkpointPrefix, modelPrefix)] };
    }

    /// <summary>True when <paramref name="name"/> is a backbone variable.</summary>
    public bool IsBackbone(string name) => StartsWithAny(name, BackbonePrefixes);

    /// <summary>True when <paramref name="name"/> is a head variable.</summary>
    public bool IsHead(string name) => StartsWithAny(name, HeadPrefixes);

    /// <summary>The mapping that applies to checkpoint name <paramref name="name"/> (longest prefix), or null.</summary>
    public PrefixMapping? MappingFor(string name)
    {
        PrefixMapping? best = null;
        foreach (PrefixMapping mapping in PrefixMappings)
        {
            if (name.StartsWith(mapping.CheckpointPrefix, StringComparison.Ordinal)
                && (best is null || mapping.CheckpointPrefix.Length > best.CheckpointPrefix.Length))
            {
                best = mapping;
            }
        }

        return best;
    }

    private static bool StartsWithAny(string name, IReadOnlyList<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (string prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
