namespace SingleShot.Evaluation.Coco;

/// <summary>
/// One ground-truth object of a COCO file's <c>annotations</c>: <c>bbox</c> <c>[x, y, width, height]</c> in pixels
/// (top-left corner and size), the <c>area</c> the size ranges judge it by (in COCO itself the segmentation's area,
/// not <c>width * height</c>) and <c>iscrowd</c>.
/// </summary>
/// <param name="Id">Annotation id; unique and never 0.</param>
/// <param name="ImageId">The image it belongs to.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="X">Left edge in pixels.</param>
/// <param name="Y">Top edge in pixels.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Area">The <c>area</c> field in square pixels.</param>
/// <param name="IsCrowd">A crowd region: never counted as an object; detections inside it are ignored.</param>
public sealed record CocoAnnotation(
    long Id,
    long ImageId,
    long CategoryId,
    double X,
    double Y,
    double Width,
    double Height,
    double Area,
    bool IsCrowd = false);
