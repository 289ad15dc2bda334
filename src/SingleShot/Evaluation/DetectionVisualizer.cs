using System.Globalization;
using SingleShot.Data;
using SingleShot.Data.Formats;
using SingleShot.Data.Images;
using SingleShot.Data.Visualization;

namespace SingleShot.Evaluation;

/// <summary>
/// Draws evaluated images with their detections (class colours, captions with label and score) and optionally the
/// ground truth, as PNG files. Reads the images again from the dataset, in evaluation order.
/// </summary>
public static class DetectionVisualizer
{
    private static readonly BoxColor s_groundTruthColor = new(255, 255, 255);

    /// <summary>Writes up to <see cref="VisualizationOptions.Count"/> pictures into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(
        IDetectionDataset dataset, IReadOnlyList<EvaluatedImage> images, LabelMap labelMap, string directory, VisualizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var byId = images.Take(options.Count).ToLookup(i => i.ImageId, StringComparer.Ordinal);
        foreach (DetectionSample sample in dataset.Read(new DataProblemLog(DataProblemPolicy.Skip)))
        {
            if (written.Count >= Math.Min(options.Count, images.Count))
            {
                break;
            }

            foreach (EvaluatedImage image in byId[sample.ImageId].Take(1))
            {
                RgbImage picture = BoxRenderer.Draw(Decode(sample), Boxes(image, labelMap, options));
                string name = options.KeepImageId ? SafeName(image.ImageId) : $"image_{image.Index:D5}";
                string path = Path.Combine(directory, name + ".png");
                File.WriteAllBytes(path, ImageCodec.EncodePng(picture));
                written.Add(path);
            }
        }

        return written;
    }

    private static List<DrawnBox> Boxes(EvaluatedImage image, LabelMap labelMap, VisualizationOptions options)
    {
        var boxes = new List<DrawnBox>();
        if (options.IncludeGroundTruth)
        {
            boxes.AddRange(image.GroundTruth.Select(b => DrawnBox.FromGroundTruth(b, labelMap) with { Color = s_groundTruthColor }));
        }

        foreach (PixelDetection d in image.Detections.Where(d => d.Score >= options.MinScore).Take(options.MaxBoxes))
        {
            string label = d.ClassIndex < labelMap.Count ? labelMap.Items[d.ClassIndex].DisplayName : $"class {d.ClassIndex}";
            string caption = string.Join(
                " ",
                new[] { options.SkipLabels ? "" : label, options.SkipScores ? "" : d.Score.ToString("0%", CultureInfo.InvariantCulture) }.Where(s => s.Length > 0));
            boxes.Add(new DrawnBox(
                d.XMin / image.Width, d.YMin / image.Height, d.XMax / image.Width, d.YMax / image.Height, ClassPalette.ColorOf(d.ClassIndex), caption));
        }

        return boxes;
    }

    private static RgbImage Decode(DetectionSample sample) =>
        sample.EncodedImage is { } bytes ? ImageCodec.Decode(bytes, sample.Source) : ImageCodec.DecodeFile(sample.ImagePath!);

    private static string SafeName(string imageId) =>
        string.Concat(imageId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
