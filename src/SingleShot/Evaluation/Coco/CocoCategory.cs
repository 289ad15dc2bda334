namespace SingleShot.Evaluation.Coco;

/// <summary>One entry of a COCO ground-truth file's <c>categories</c>.</summary>
/// <param name="Id">The category id that annotations and detections refer to (need not be contiguous).</param>
/// <param name="Name">The category name, used in per-category metric names.</param>
public sealed record CocoCategory(long Id, string Name);
