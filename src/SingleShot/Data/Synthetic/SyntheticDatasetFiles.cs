using SingleShot.Data.Formats;

namespace SingleShot.Data.Synthetic;

/// <summary>
/// Writes the synthetic shapes dataset as files the input readers take: JPEG images under <c>train/</c> and
/// <c>val/</c>, COCO annotations <c>train.json</c> and <c>val.json</c> (image paths relative to the folder), and
/// <c>label_map.pbtxt</c>.
/// </summary>
public static class SyntheticDatasetFiles
{
    /// <summary>The label map's file name.</summary>
    public const string LabelMapFileName = "label_map.pbtxt";

    /// <summary>Generates and writes both splits into <paramref name="directory"/> (created if missing).</summary>
    public static SyntheticDataset Write(SyntheticShapesOptions options, string directory, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(directory);
        SyntheticDataset dataset = SyntheticShapesGenerator.WriteImages(options, directory, progress);
        WriteSplit(dataset.Train, dataset.LabelMap, directory, "train");
        WriteSplit(dataset.Val, dataset.LabelMap, directory, "val");
        LabelMapFile.Write(dataset.LabelMap, Path.Combine(directory, LabelMapFileName));
        return dataset;
    }

    private static void WriteSplit(IReadOnlyList<DetectionSample> samples, LabelMap labelMap, string directory, string split)
    {
        DetectionSample[] relative = samples
            .Select(s => s with { FileName = Path.GetRelativePath(directory, s.ImagePath!) })
            .ToArray();
        CocoWriter.Write(relative, labelMap, Path.Combine(directory, split + ".json"));
    }
}
