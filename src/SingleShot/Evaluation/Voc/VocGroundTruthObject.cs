namespace SingleShot.Evaluation.Voc;

/// <summary>
/// One annotated object for the Pascal VOC metric: a box in the coordinates of the detections it is compared with
/// (pixels as written in VOC XML when <see cref="VocEvaluationOptions.InclusivePixelCoordinates"/> is on).
/// </summary>
/// <param name="ImageId">The image the object is in (compared ordinally with <see cref="VocDetection.ImageId"/>).</param>
/// <param name="ClassName">The class name (compared ordinally with <see cref="VocDetection.ClassName"/>).</param>
/// <param name="XMin">Left edge.</param>
/// <param name="YMin">Top edge.</param>
/// <param name="XMax">Right edge; not less than <paramref name="XMin"/>.</param>
/// <param name="YMax">Bottom edge; not less than <paramref name="YMin"/>.</param>
/// <param name="Difficult">
/// Pascal VOC <c>difficult</c>: the object is not counted as a positive, and a detection matched to it is neither a
/// true nor a false positive.
/// </param>
public sealed record VocGroundTruthObject(
    string ImageId,
    string ClassName,
    double XMin,
    double YMin,
    double XMax,
    double YMax,
    bool Difficult);
