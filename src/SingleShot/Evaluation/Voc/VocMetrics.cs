using System.Globalization;

namespace SingleShot.Evaluation.Voc;

/// <summary>The result of a Pascal VOC evaluation: per-class curves and AP, the mean AP, and the protocol that made them.</summary>
public sealed class VocMetrics
{
    internal VocMetrics(VocEvaluationOptions options, IReadOnlyList<VocClassResult> classes, double map)
    {
        Method = options.Method;
        IouThreshold = options.IouThreshold;
        InclusivePixelCoordinates = options.InclusivePixelCoordinates;
        Classes = classes;
        PerClass = classes.ToDictionary(c => c.ClassName, StringComparer.Ordinal);
        PerClassAp = classes.ToDictionary(c => c.ClassName, c => c.AveragePrecision, StringComparer.Ordinal);
        Map = map;
    }

    /// <summary>The AP definition used.</summary>
    public VocApMethod Method { get; }

    /// <summary>The IoU a match had to exceed.</summary>
    public double IouThreshold { get; }

    /// <summary>Whether the devkit's inclusive pixel (+1) convention was used.</summary>
    public bool InclusivePixelCoordinates { get; }

    /// <summary>Every evaluated class, in report order.</summary>
    public IReadOnlyList<VocClassResult> Classes { get; }

    /// <summary>The evaluated classes by name.</summary>
    public IReadOnlyDictionary<string, VocClassResult> PerClass { get; }

    /// <summary>Each evaluated class's AP; NaN for a class without non-difficult ground truth.</summary>
    public IReadOnlyDictionary<string, double> PerClassAp { get; }

    /// <summary>
    /// The mean of the per-class APs that are not NaN (classes without non-difficult ground truth are left out, as
    /// the TF OD API's <c>nanmean</c> does); NaN when no class has ground truth.
    /// </summary>
    public double Map { get; }

    /// <summary>A one-line name of the protocol, e.g. <c>Pascal VOC2007 11-point AP, IoU &gt; 0.5, difficult ignored, +1 pixel convention</c>.</summary>
    public string Protocol => string.Create(
        CultureInfo.InvariantCulture,
        $"Pascal {(Method == VocApMethod.Voc07ElevenPoint ? "VOC2007 11-point" : "VOC2010+ area")} AP, IoU > {IouThreshold}, difficult ignored, {(InclusivePixelCoordinates ? "+1 pixel convention" : "continuous coordinates")}");

    /// <summary>
    /// The metrics under the TF OD API's Pascal evaluator names, mean AP first, then each class in report order:
    /// <c>PascalBoxes_Precision/mAP@0.5IOU</c> and <c>PascalBoxes_PerformanceByCategory/AP@0.5IOU/&lt;class&gt;</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> NamedMetrics()
    {
        string iou = ThresholdText(IouThreshold);
        var metrics = new List<KeyValuePair<string, double>>(Classes.Count + 1)
        {
            new($"PascalBoxes_Precision/mAP@{iou}IOU", Map),
        };
        metrics.AddRange(Classes.Select(c => new KeyValuePair<string, double>(
            $"PascalBoxes_PerformanceByCategory/AP@{iou}IOU/{c.ClassName}", c.AveragePrecision)));
        return metrics;
    }

    private static string ThresholdText(double threshold)
    {
        string text = threshold.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
