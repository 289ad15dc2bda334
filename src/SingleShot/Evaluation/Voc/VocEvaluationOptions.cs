namespace SingleShot.Evaluation.Voc;

/// <summary>The protocol of a Pascal VOC evaluation: the AP definition, the IoU threshold and the box convention.</summary>
public sealed record VocEvaluationOptions
{
    /// <summary>The average-precision definition (VOC2007 11-point or VOC2010+ area).</summary>
    public required VocApMethod Method { get; init; }

    /// <summary>
    /// A detection matches a ground-truth object only when their IoU is strictly greater than this (the devkit's
    /// <c>ov &gt; 0.5</c>). In (0, 1); 0.5 by default.
    /// </summary>
    public double IouThreshold { get; init; } = 0.5;

    /// <summary>
    /// True (the default) for the devkit's pixel convention: coordinates name inclusive pixels, so a box is
    /// <c>x2 - x1 + 1</c> wide and an intersection <c>min(x2) - max(x1) + 1</c>; right for VOC XML annotations and
    /// detections in the same pixels. False for continuous coordinates (normalized or COCO-style boxes):
    /// widths are <c>x2 - x1</c>.
    /// </summary>
    public bool InclusivePixelCoordinates { get; init; } = true;

    /// <summary>
    /// The classes to evaluate, in report order; null to evaluate every class that occurs in the ground truth or the
    /// detections, in ordinal order. When given, an object or detection of any other class is an error.
    /// </summary>
    public IReadOnlyList<string>? ClassNames { get; init; }

    /// <summary>
    /// The evaluated image set (images without objects included); null to accept any image id, a detection in an
    /// image without objects of its class then being a false positive. When given, an object or detection in any
    /// other image is an error, as in the devkit.
    /// </summary>
    public IReadOnlyCollection<string>? ImageIds { get; init; }
}
