namespace SingleShot.Evaluation.Voc;

/// <summary>What one ranked detection counts as in the Pascal VOC protocol.</summary>
internal enum VocMatchOutcome
{
    /// <summary>It matched a non-difficult object not matched before.</summary>
    TruePositive,

    /// <summary>Its best IoU did not exceed the threshold, or its best object was already matched.</summary>
    FalsePositive,

    /// <summary>Its best object is difficult: it counts as neither.</summary>
    Ignored,
}
