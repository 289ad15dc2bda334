using System.CommandLine;
using SingleShot.Data.Formats;
using SingleShot.Data.Synthetic;

namespace SingleShot.Cli.Verbs;

/// <summary><c>singleshot data synth</c>: writes the built-in synthetic shapes dataset.</summary>
internal static class DataSynthVerb
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Output folder.", Required = true };
        var images = new Option<int>("--images", "-n") { Description = "Training images.", DefaultValueFactory = _ => 1000 };
        var valImages = new Option<int?>("--val-images") { Description = "Validation images (default: a fifth of --images)." };
        var size = new Option<int>("--size") { Description = "Image width and height in pixels.", DefaultValueFactory = _ => 300 };
        var tfrecord = new Option<bool>("--tfrecord") { Description = "Also write train.record and val.record." };
        var command = new Command(
            "synth",
            "Write the built-in synthetic shapes dataset: JPEG images, COCO JSON per split and a label map.")
        {
            output, images, valImages, size, tfrecord,
        };
        command.SetAction(parse =>
        {
            int train = parse.GetValue(images);
            var options = new SyntheticShapesOptions
            {
                Seed = (int)(parse.GetValue(CommonOptions.Seed) ?? 0),
                TrainImages = train,
                ValImages = parse.GetValue(valImages) ?? Math.Max(1, train / 5),
                Width = parse.GetValue(size),
                Height = parse.GetValue(size),
                MaxObjectSize = Math.Min(150, parse.GetValue(size) / 2),
            };
            return Run(options, parse.GetValue(output)!.FullName, parse.GetValue(tfrecord), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(SyntheticShapesOptions options, string directory, bool tfrecord, TextWriter output)
    {
        SyntheticDataset dataset = SyntheticDatasetFiles.Write(options, directory);
        if (tfrecord)
        {
            SyntheticDataset encoded = SyntheticShapesGenerator.Generate(options);
            TfRecordDatasetWriter.Write(encoded.Train, encoded.LabelMap, Path.Combine(directory, "train.record"));
            TfRecordDatasetWriter.Write(encoded.Val, encoded.LabelMap, Path.Combine(directory, "val.record"));
        }

        int boxes = dataset.Train.Sum(s => s.Objects.Count) + dataset.Val.Sum(s => s.Objects.Count);
        output.WriteLine($"wrote {dataset.Train.Count} train and {dataset.Val.Count} val images ({boxes} boxes, seed {options.Seed}) to {directory}");
        return 0;
    }
}
