using SingleShot.Data;

namespace SingleShot.Evaluation;

/// <summary>One evaluated image: its ground truth and the model's detections.</summary>
/// <param name="Index">Position in evaluation order (0-based); COCO image ids are <c>Index + 1</c>.</param>
/// <param name="ImageId">The dataset's image id.</param>
/// <param name="Width">Width of the original image in pixels.</param>
/// <param name="Height">Height of the original image in pixels.</param>
/// <param name="GroundTruth">Annotated objects, normalized to the original image.</param>
/// <param name="Detections">Detections in original-image pixels, best first.</param>
public sealed record EvaluatedImage(
    int Index,
    string ImageId,
    int Width,
    int Height,
    IReadOnlyList<GroundTruthBox> GroundTruth,
    IReadOnlyList<PixelDetection> Detections);
