namespace SingleShot.Training.FineTuning;

/// <summary>Reads <see cref="FineTuneCheckpointType"/> from the TF OD API's <c>train_config</c> fields.</summary>
public static class FineTuneCheckpointTypeParser
{
    /// <summary>The config field the type comes from, for messages.</summary>
    public const string FieldName = "train_config.fine_tune_checkpoint_type";

    /// <summary>
    /// Parses <paramref name="fineTuneCheckpointType"/> (<c>"classification"</c>, <c>"detection"</c> or <c>"full"</c>). When it
    /// is empty, TF's deprecated <paramref name="fromDetectionCheckpoint"/> decides: true means detection, false
    /// classification (TF's rule); a non-empty type takes precedence over it. Any other value is a
    /// <see cref="FormatException"/> naming the field.
    /// </summary>
    public static FineTuneCheckpointType Parse(string fineTuneCheckpointType, bool fromDetectionCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(fineTuneCheckpointType);
        return fineTuneCheckpointType switch
        {
            "" => fromDetectionCheckpoint ? FineTuneCheckpointType.Detection : FineTuneCheckpointType.Classification,
            "classification" => FineTuneCheckpointType.Classification,
            "detection" => FineTuneCheckpointType.Detection,
            "full" => FineTuneCheckpointType.Full,
            _ => throw new FormatException(
                $"{FieldName}: unknown value \"{fineTuneCheckpointType}\"; expected \"classification\", \"detection\" or \"full\"."),
        };
    }
}
