namespace SingleShot.Evaluation.Coco;

/// <summary>One entry of a COCO ground-truth file's <c>images</c>.</summary>
/// <param name="Id">The image id that annotations and detections refer to.</param>
/// <param name="Width">Width in pixels; 0 when the file does not give it (the metric does not use it).</param>
/// <param name="Height">Height in pixels; 0 when the file does not give it (the metric does not use it).</param>
public sealed record CocoImage(long Id, int Width, int Height);
