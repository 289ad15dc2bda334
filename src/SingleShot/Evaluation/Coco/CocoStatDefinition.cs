namespace SingleShot.Evaluation.Coco;

/// <summary>
/// One of the 12 numbers of pycocotools' <c>summarize</c>: average precision or recall, at one IoU threshold or
/// averaged over all, in one area range, with one maxDets; with its TF Object Detection API metric name.
/// </summary>
/// <param name="IsPrecision">Average precision (true) or average recall (false).</param>
/// <param name="IouThreshold">The single IoU threshold, or null for the mean over 0.50:0.95.</param>
/// <param name="Area">The area range label.</param>
/// <param name="MaxDetections">The maxDets setting.</param>
/// <param name="TfName">The TF OD API name, e.g. <c>DetectionBoxes_Precision/mAP@.50IOU</c>.</param>
internal sealed record CocoStatDefinition(bool IsPrecision, double? IouThreshold, string Area, int MaxDetections, string TfName)
{
    /// <summary>The 12 numbers in pycocotools' <c>stats</c> order.</summary>
    public static IReadOnlyList<CocoStatDefinition> All { get; } =
    [
        new(true, null, "all", 100, "DetectionBoxes_Precision/mAP"),
        new(true, 0.5, "all", 100, "DetectionBoxes_Precision/mAP@.50IOU"),
        new(true, 0.75, "all", 100, "DetectionBoxes_Precision/mAP@.75IOU"),
        new(true, null, "small", 100, "DetectionBoxes_Precision/mAP (small)"),
        new(true, null, "medium", 100, "DetectionBoxes_Precision/mAP (medium)"),
        new(true, null, "large", 100, "DetectionBoxes_Precision/mAP (large)"),
        new(false, null, "all", 1, "DetectionBoxes_Recall/AR@1"),
        new(false, null, "all", 10, "DetectionBoxes_Recall/AR@10"),
        new(false, null, "all", 100, "DetectionBoxes_Recall/AR@100"),
        new(false, null, "small", 100, "DetectionBoxes_Recall/AR@100 (small)"),
        new(false, null, "medium", 100, "DetectionBoxes_Recall/AR@100 (medium)"),
        new(false, null, "large", 100, "DetectionBoxes_Recall/AR@100 (large)"),
    ];

    /// <summary>
    /// The line pycocotools prints for this number, e.g.
    /// <c> Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.821</c>.
    /// </summary>
    public string FormatLine(double value)
    {
        IReadOnlyList<double> thresholds = CocoEvalParameters.IouThresholds;
        string title = IsPrecision ? "Average Precision" : "Average Recall";
        string kind = IsPrecision ? "(AP)" : "(AR)";
        string iou = IouThreshold is { } single
            ? PythonFormat.Fixed(single, 2)
            : $"{PythonFormat.Fixed(thresholds[0], 2)}:{PythonFormat.Fixed(thresholds[^1], 2)}";
        return $" {title,-18} {kind} @[ IoU={iou,-9} | area={Area,6} | maxDets={MaxDetections,3} ] = {PythonFormat.Fixed(value, 3)}";
    }
}
