using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// <c>singleshot demo</c>: the whole workflow on the built-in dataset: generate it, train <c>ssd_tiny_shapes</c>,
/// evaluate (COCO and Pascal VOC), draw validation pictures and plots, and print where everything is.
/// </summary>
internal static class DemoVerb
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder for the dataset, the model directory and the pictures.",
            DefaultValueFactory = _ => new DirectoryInfo("singleshot-demo"),
        };
        var minutes = new Option<double?>("--minutes") { Description = "Stop training after this many minutes (a checkpoint is saved)." };
        var numSteps = new Option<long?>("--num-steps") { Description = "Training steps (default: the config's)." };
        var images = new Option<int>("--train-images") { Description = "Training images to generate.", DefaultValueFactory = _ => DemoRunner.DefaultTrainImages };
        var command = new Command(
            "demo",
            "Generate the built-in shapes dataset, train ssd_tiny_shapes on it, evaluate, and write pictures and plots.")
        {
            output, minutes, numSteps, images,
        };
        command.SetAction(parse => Run(
            new DemoRequest(parse.GetValue(output)!.FullName, parse.GetValue(minutes), parse.GetValue(numSteps), parse.GetValue(images), parse.GetValue(CommonOptions.Seed)),
            parse.GetValue(CommonOptions.Json),
            parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(DemoRequest request, bool json, TextWriter output)
    {
        TorchRuntime.Initialize();
        DemoSummary summary = DemoRunner.Run(request, json ? TextWriter.Null : output);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(summary, CliJson.Options));
            return 0;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"COCO mAP {summary.CocoMap:F3}, mAP@0.5 {summary.CocoMap50:F3}, Pascal VOC mAP {summary.VocMap:F3} on {summary.ValImages} validation images"));
        output.WriteLine($"model directory  {summary.ModelDir}");
        output.WriteLine($"checkpoint       {summary.Checkpoint}");
        output.WriteLine($"pictures         {summary.PicturesDir}");
        output.WriteLine($"plots            {summary.PlotsDir}");
        output.WriteLine($"detections       {summary.DetectionsFile}");
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
