namespace SingleShot.Evaluation;

/// <summary>The metric sets of <c>eval_config.metrics_set</c> that SingleShot computes.</summary>
public enum MetricsSet
{
    /// <summary><c>coco_detection_metrics</c>: pycocotools' COCOeval (bbox), TF names <c>DetectionBoxes_*</c>.</summary>
    CocoDetection,

    /// <summary><c>pascal_voc_detection_metrics</c>: per-class AP at IoU 0.5, area under the curve (VOC2010+).</summary>
    PascalVocDetection,

    /// <summary><c>pascal_voc_2007_detection_metrics</c> (SingleShot extension): the VOC2007 11-point AP.</summary>
    PascalVoc2007Detection,
}
