using System.Globalization;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Pascal VOC detection metrics on plain records, following the devkit's <c>VOCevaldet</c> and py-faster-rcnn's
/// <c>voc_eval</c>: per class, detections ranked by descending score (ties keep input order), each matched to the
/// object of its image with the highest IoU; IoU above the threshold with a non-difficult object not yet matched is a
/// true positive, with a difficult object it is ignored, otherwise a false positive. Not responsible for running a
/// model or reading files (see <see cref="VocEvaluationInputs"/>).
/// </summary>
public static class VocEvaluator
{
    /// <summary>Evaluates <paramref name="detections"/> against <paramref name="groundTruth"/>.</summary>
    /// <param name="groundTruth">Every annotated object (difficult ones included) of the evaluated images.</param>
    /// <param name="detections">Every detection, in any order; for equal scores this order is the rank order.</param>
    /// <param name="options">The protocol.</param>
    /// <returns>Per-class curves and APs and the mean AP.</returns>
    /// <exception cref="ArgumentException">
    /// A box with a non-finite coordinate or a right/bottom edge before its left/top edge, a non-finite score, an
    /// empty image id or class name, a class outside <see cref="VocEvaluationOptions.ClassNames"/>, an image outside
    /// <see cref="VocEvaluationOptions.ImageIds"/>, or an IoU threshold outside [0, 1); the message names the record.
    /// </exception>
    public static VocMetrics Evaluate(
        IReadOnlyList<VocGroundTruthObject> groundTruth, IReadOnlyList<VocDetection> detections, VocEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(groundTruth);
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(options);
        ValidateOptions(options);
        VocRecordValidator.Check(groundTruth, detections, options);
        IReadOnlyList<string> classes = options.ClassNames ?? groundTruth.Select(o => o.ClassName)
            .Concat(detections.Select(d => d.ClassName))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        ILookup<string, VocGroundTruthObject> objectsByClass = groundTruth.ToLookup(o => o.ClassName, StringComparer.Ordinal);
        ILookup<string, VocDetection> detectionsByClass = detections.ToLookup(d => d.ClassName, StringComparer.Ordinal);
        VocClassResult[] results = classes
            .Select(c => VocClassEvaluation.Evaluate(c, objectsByClass[c].ToArray(), detectionsByClass[c].ToArray(), options))
            .ToArray();
        return new VocMetrics(options, results, NanMean(results.Select(r => r.AveragePrecision).ToArray()));
    }

    /// <summary>
    /// The mean of the values that are not NaN, computed as numpy's <c>nanmean</c> does (NaN replaced by 0, the
    /// whole array summed, divided by the count of the others); NaN when all are NaN or there are none.
    /// </summary>
    internal static double NanMean(double[] values)
    {
        int count = values.Count(v => !double.IsNaN(v));
        double[] zeroed = values.Select(v => double.IsNaN(v) ? 0.0 : v).ToArray();
        return count == 0 ? double.NaN : NumpyPairwiseSum.Sum(zeroed) / count;
    }

    private static void ValidateOptions(VocEvaluationOptions options)
    {
        if (!(options.IouThreshold >= 0.0 && options.IouThreshold < 1.0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{nameof(VocEvaluationOptions.IouThreshold)} must be in [0, 1), found {options.IouThreshold}."),
                nameof(options));
        }

        if (!Enum.IsDefined(options.Method))
        {
            throw new ArgumentException($"{nameof(VocEvaluationOptions.Method)} {options.Method} is not a VOC AP method.", nameof(options));
        }

        if (options.ClassNames is { } names)
        {
            string? duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
            if (names.Any(string.IsNullOrEmpty) || duplicate is not null)
            {
                throw new ArgumentException(
                    $"{nameof(VocEvaluationOptions.ClassNames)} must be distinct non-empty names{(duplicate is null ? "" : $"; '{duplicate}' occurs twice")}.",
                    nameof(options));
            }
        }
    }
}
