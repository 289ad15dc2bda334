using SingleShot.Evaluation.Coco;
using SingleShot.Evaluation.Voc;

namespace SingleShot.Evaluation;

/// <summary>The metrics of one evaluation, by TF OD API name, with the full results of each protocol.</summary>
/// <param name="Metrics">Every number by name, in protocol order (COCO first).</param>
/// <param name="Coco">The COCO results, or null when not requested.</param>
/// <param name="Voc">The Pascal VOC results, or null when not requested.</param>
/// <param name="Voc2007">The VOC2007 11-point results, or null when not requested.</param>
public sealed record DetectionMetricsReport(
    IReadOnlyList<NamedMetric> Metrics,
    CocoMetrics? Coco,
    VocMetrics? Voc,
    VocMetrics? Voc2007);
