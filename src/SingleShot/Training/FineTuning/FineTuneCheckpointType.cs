namespace SingleShot.Training.FineTuning;

/// <summary>What a fine-tune checkpoint holds, and so what is restored from it (TF <c>fine_tune_checkpoint_type</c>).</summary>
public enum FineTuneCheckpointType
{
    /// <summary><c>"classification"</c>: a classification network; only the backbone is restored.</summary>
    Classification,

    /// <summary><c>"detection"</c>: a detector; everything except the box predictor heads is restored.</summary>
    Detection,

    /// <summary><c>"full"</c>: a detector of the same architecture; everything is restored.</summary>
    Full,
}
