namespace SingleShot.Evaluation.Voc;

/// <summary>How a class's precision/recall curve becomes one average precision.</summary>
public enum VocApMethod
{
    /// <summary>
    /// The VOC2007 definition: the mean, over the 11 recall levels 0, 0.1, ..., 1, of the highest precision at a
    /// recall at least that level (0 when no detection reaches it).
    /// </summary>
    Voc07ElevenPoint,

    /// <summary>
    /// The VOC2010-2012 definition: the area under the precision envelope (precision made non-increasing in recall),
    /// summed over the points where recall changes.
    /// </summary>
    Voc10Area,
}
