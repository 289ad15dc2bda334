using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SingleShot.Evaluation.Coco;

/// <summary>
/// COCO results files: a JSON list of <c>{"image_id", "category_id", "bbox": [x, y, width, height], "score"}</c>
/// objects, boxes in pixels. Other fields (segmentation, area, id) are skipped when reading: like pycocotools'
/// <c>loadRes</c>, the area of a box result is <c>width * height</c>.
/// </summary>
public static class CocoDetections
{
    /// <summary>Reads a results file; errors name the file and the list index, e.g. <c>[12]: 'score' is missing</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON, not a list, or an entry is missing or has a wrong field.</exception>
    public static IReadOnlyList<CocoDetection> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using JsonDocument document = CocoJson.Parse(path);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: a COCO results file is a JSON list of detections, found {CocoJson.Describe(root)}.");
        }

        var detections = new List<CocoDetection>(root.GetArrayLength());
        int index = 0;
        foreach (JsonElement item in root.EnumerateArray())
        {
            string where = $"{path}: [{index++}]";
            (double x, double y, double width, double height) = CocoJson.GetBox(item, where);
            var detection = new CocoDetection(
                CocoJson.GetId(item, "image_id", where),
                CocoJson.GetId(item, "category_id", where),
                CocoJson.GetNumber(item, "score", where),
                x,
                y,
                width,
                height);
            if (Problem(detection) is { } problem)
            {
                throw new InvalidDataException($"{where}: {problem}.");
            }

            detections.Add(detection);
        }

        return detections;
    }

    /// <summary>
    /// Writes <paramref name="detections"/> as a COCO results file, one detection per line, numbers in their
    /// shortest round-trip form (reading the file back gives the same doubles). The file is written to a temporary
    /// name beside <paramref name="path"/> and renamed, so an existing file is never left half-written.
    /// </summary>
    /// <exception cref="ArgumentException">A detection has a non-finite value or a negative width or height.</exception>
    public static void Write(string path, IEnumerable<CocoDetection> detections)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(detections);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                WriteList(writer, detections);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>What makes <paramref name="detection"/> unusable (a value the metric cannot rank or measure), or null.</summary>
    internal static string? Problem(CocoDetection detection) =>
        !double.IsFinite(detection.Score) ? $"'score' must be finite (found {detection.Score})" :
        !(double.IsFinite(detection.X) && double.IsFinite(detection.Y) && double.IsFinite(detection.Width) && double.IsFinite(detection.Height)) ? "'bbox' must be finite" :
        detection.Width < 0 || detection.Height < 0 ? $"'bbox' width and height must be >= 0 (found {detection.Width} x {detection.Height})" :
        null;

    private static void WriteList(StreamWriter writer, IEnumerable<CocoDetection> detections)
    {
        writer.Write('[');
        string separator = "\n";
        int index = 0;
        foreach (CocoDetection detection in detections)
        {
            if (Problem(detection) is { } problem)
            {
                throw new ArgumentException($"detection {index}: {problem}.", nameof(detections));
            }

            index++;
            writer.Write(separator);
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"image_id\":{detection.ImageId},\"category_id\":{detection.CategoryId},\"bbox\":[{Number(detection.X)},{Number(detection.Y)},{Number(detection.Width)},{Number(detection.Height)}],\"score\":{Number(detection.Score)}}}"));
            separator = ",\n";
        }

        writer.Write("\n]\n");
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
