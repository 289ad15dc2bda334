namespace SingleShot.Evaluation.Coco;

/// <summary>
/// One detection of a COCO results file: the image, the category, the score and <c>bbox</c>
/// <c>[x, y, width, height]</c> in pixels (top-left corner and size).
/// </summary>
/// <param name="ImageId">The image it was found in; must be an image of the ground truth.</param>
/// <param name="CategoryId">Its category; detections of categories the ground truth does not list are ignored.</param>
/// <param name="Score">Confidence; higher ranks first.</param>
/// <param name="X">Left edge in pixels.</param>
/// <param name="Y">Top edge in pixels.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record CocoDetection(long ImageId, long CategoryId, double Score, double X, double Y, double Width, double Height)
{
    /// <summary>The area <c>Width * Height</c>, as pycocotools' <c>loadRes</c> sets it for box results.</summary>
    public double Area => Width * Height;
}
