namespace SingleShot.Evaluation;

/// <summary>A detection in pixels of the original image (continuous coordinates, <c>xyxy</c>).</summary>
/// <param name="ClassIndex">0-based class index (into the label map; background is never a class).</param>
/// <param name="Score">The score after conversion.</param>
/// <param name="XMin">Left edge in pixels.</param>
/// <param name="YMin">Top edge in pixels.</param>
/// <param name="XMax">Right edge in pixels.</param>
/// <param name="YMax">Bottom edge in pixels.</param>
public readonly record struct PixelDetection(int ClassIndex, float Score, float XMin, float YMin, float XMax, float YMax);
