namespace SingleShot.Evaluation.Voc;

/// <summary>One detection for the Pascal VOC metric: an <c>xyxy</c> box in the ground truth's coordinates and a score.</summary>
/// <param name="ImageId">The image the detection is in (compared ordinally with <see cref="VocGroundTruthObject.ImageId"/>).</param>
/// <param name="ClassName">The detected class (compared ordinally with <see cref="VocGroundTruthObject.ClassName"/>).</param>
/// <param name="Score">The confidence; detections are ranked by it, highest first. Finite.</param>
/// <param name="XMin">Left edge.</param>
/// <param name="YMin">Top edge.</param>
/// <param name="XMax">Right edge; not less than <paramref name="XMin"/>.</param>
/// <param name="YMax">Bottom edge; not less than <paramref name="YMin"/>.</param>
public sealed record VocDetection(
    string ImageId,
    string ClassName,
    double Score,
    double XMin,
    double YMin,
    double XMax,
    double YMax);
