using System.Globalization;

namespace SingleShot.Evaluation.Voc;

/// <summary>Checks the records given to <see cref="VocEvaluator"/>; every message names the offending record.</summary>
internal static class VocRecordValidator
{
    /// <summary>Throws <see cref="ArgumentException"/> for the first bad object or detection.</summary>
    public static void Check(IReadOnlyList<VocGroundTruthObject> groundTruth, IReadOnlyList<VocDetection> detections, VocEvaluationOptions options)
    {
        HashSet<string>? classes = options.ClassNames is null ? null : new HashSet<string>(options.ClassNames, StringComparer.Ordinal);
        HashSet<string>? images = options.ImageIds is null ? null : new HashSet<string>(options.ImageIds, StringComparer.Ordinal);
        for (int i = 0; i < groundTruth.Count; i++)
        {
            VocGroundTruthObject o = groundTruth[i] ?? throw new ArgumentException($"ground-truth object {i} is null.", nameof(groundTruth));
            string what = $"ground-truth object {i} (image '{o.ImageId}', class '{o.ClassName}')";
            string? problem = Names(o.ImageId, o.ClassName, classes, images) ?? Box(o.XMin, o.YMin, o.XMax, o.YMax);
            if (problem is not null)
            {
                throw new ArgumentException($"{what}: {problem}", nameof(groundTruth));
            }
        }

        for (int i = 0; i < detections.Count; i++)
        {
            VocDetection d = detections[i] ?? throw new ArgumentException($"detection {i} is null.", nameof(detections));
            string what = $"detection {i} (image '{d.ImageId}', class '{d.ClassName}')";
            string? problem = Names(d.ImageId, d.ClassName, classes, images)
                ?? (double.IsFinite(d.Score) ? null : string.Create(CultureInfo.InvariantCulture, $"the score must be finite, found {d.Score}."))
                ?? Box(d.XMin, d.YMin, d.XMax, d.YMax);
            if (problem is not null)
            {
                throw new ArgumentException($"{what}: {problem}", nameof(detections));
            }
        }
    }

    /// <summary>What is wrong with an <c>xyxy</c> box, or null: a non-finite coordinate or an inverted side.</summary>
    internal static string? Box(double xMin, double yMin, double xMax, double yMax)
    {
        if (!(double.IsFinite(xMin) && double.IsFinite(yMin) && double.IsFinite(xMax) && double.IsFinite(yMax)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the box ({xMin}, {yMin}, {xMax}, {yMax}) has a coordinate that is not a finite number.");
        }

        return xMax < xMin || yMax < yMin
            ? string.Create(CultureInfo.InvariantCulture, $"the box ({xMin}, {yMin}, {xMax}, {yMax}) has x2 < x1 or y2 < y1; boxes are (x1, y1, x2, y2).")
            : null;
    }

    private static string? Names(string imageId, string className, HashSet<string>? classes, HashSet<string>? images)
    {
        if (string.IsNullOrEmpty(imageId) || string.IsNullOrEmpty(className))
        {
            return "the image id and the class name must not be empty.";
        }

        if (classes is not null && !classes.Contains(className))
        {
            return $"the class '{className}' is not one of the evaluated classes ({string.Join(", ", classes)}).";
        }

        return images is not null && !images.Contains(imageId)
            ? $"the image '{imageId}' is not in the evaluated image set ({images.Count} images)."
            : null;
    }
}
