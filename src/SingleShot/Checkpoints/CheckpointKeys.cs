namespace SingleShot.Checkpoints;

/// <summary>
/// How a <see cref="CheckpointContent"/> is laid out in a safetensors file: model tensors under their plain state-dict
/// names, moving averages and optimizer state under prefixes, and metadata under <see cref="MetadataPrefix"/>.
/// </summary>
public static class CheckpointKeys
{
    /// <summary>Prefix of the moving-average (EMA) tensors: <c>ema/&lt;state-dict name&gt;</c>.</summary>
    public const string MovingAveragePrefix = "ema/";

    /// <summary>Prefix of the optimizer-state tensors: <c>optimizer/&lt;key&gt;</c>.</summary>
    public const string OptimizerPrefix = "optimizer/";

    /// <summary>Prefix of SingleShot's entries in the file's <c>__metadata__</c>.</summary>
    public const string MetadataPrefix = "singleshot.";

    /// <summary>Metadata key (after the prefix) of the format version; reserved.</summary>
    public const string FormatVersion = "format_version";

    /// <summary>Metadata key (after the prefix) of the training step; reserved.</summary>
    public const string Step = "step";

    /// <summary>Metadata key (after the prefix) of the metric that made <c>best.safetensors</c> the best.</summary>
    public const string BestMetric = "best_metric";

    /// <summary>Metadata key (after the prefix) of that metric's value (round-trip invariant text).</summary>
    public const string BestMetricValue = "best_metric_value";

    /// <summary>The checkpoint format version this SingleShot writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>True for file tensor names that hold training state (moving averages, optimizer), not model variables.</summary>
    public static bool IsTrainingState(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith(MovingAveragePrefix, StringComparison.Ordinal) || name.StartsWith(OptimizerPrefix, StringComparison.Ordinal);
    }
}
