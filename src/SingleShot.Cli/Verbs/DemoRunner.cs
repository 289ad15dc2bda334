using System.Reflection;
using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Data;
using SingleShot.Data.Synthetic;
using SingleShot.Evaluation;
using SingleShot.Evaluation.Coco;
using SingleShot.Models;
using SingleShot.Training;

namespace SingleShot.Cli.Verbs;

/// <summary>The steps of <c>singleshot demo</c>; only library calls, no tensor math.</summary>
internal static class DemoRunner
{
    public const int DefaultTrainImages = 2000;
    private const int ValImages = 200;
    private const int ImageSize = 128;
    private const string ConfigResource = "ssd_tiny_shapes.config";

    public static DemoSummary Run(DemoRequest request, TextWriter output)
    {
        string root = Directory.CreateDirectory(request.OutputDirectory).FullName;
        string data = Path.Combine(root, "shapes");
        EnsureDataset(data, request, output);
        string configPath = Path.Combine(root, ConfigResource);
        File.WriteAllText(configPath, EmbeddedConfig());
        PipelineConfig config = PipelineConfigReader.ReadFile(configPath);
        if (request.Seed is long seed)
        {
            config = config with { TrainConfig = config.TrainConfig! with { Seed = checked((int)seed) } };
        }

        string modelDir = Path.Combine(root, "model");
        var train = new TrainRequest(new FileInfo(configPath), new DirectoryInfo(modelDir), Array.Empty<string>(), request.NumSteps, null, request.Seed);
        TimeSpan? limit = request.Minutes is double m ? TimeSpan.FromMinutes(m) : null;
        TrainingResult result = TrainingRunner.Run(config, train, output, limit);
        string checkpoint = result.LastCheckpoint ?? throw new InvalidOperationException("training wrote no checkpoint.");
        return Evaluate(config, root, modelDir, checkpoint, result, output);
    }

    private static DemoSummary Evaluate(PipelineConfig config, string root, string modelDir, string checkpoint, TrainingResult result, TextWriter output)
    {
        output.WriteLine($"evaluating {checkpoint} on the validation split");
        (ModelEvaluator evaluator, IReadOnlyList<MetricsSet> sets) = EvaluationBuilder.Build(config, root, Environment.ProcessorCount, batchSize: 16);
        using SsdDetector model = DetectorLoader.FromCheckpoint(config, checkpoint, config.EvalConfig?.UseMovingAverages ?? false);
        IReadOnlyList<EvaluatedImage> images = evaluator.Run(model);
        LabelMap labels = evaluator.Dataset.LabelMap;
        DetectionMetricsReport report = DetectionMetrics.Compute(images, labels, sets, vocPixelConvention: false, perCategory: true);
        string evalDir = Directory.CreateDirectory(Path.Combine(modelDir, "eval")).FullName;
        string detections = Path.Combine(evalDir, "detections.json");
        CocoDetections.Write(detections, DetectionMetrics.CocoDetectionsOf(images, labels));
        string pictures = Path.Combine(evalDir, "images");
        DetectionVisualizer.Write(evaluator.Dataset, images, labels, pictures, new VisualizationOptions { Count = 12, MinScore = 0.5f, IncludeGroundTruth = false });
        foreach (string line in report.Coco!.SummaryLines())
        {
            output.WriteLine(line);
        }

        return new DemoSummary(
            modelDir,
            report.Coco.Stats[0],
            report.Coco.Stats[1],
            report.Voc?.Map ?? double.NaN,
            images.Count,
            result.FinalStep,
            result.Elapsed.TotalSeconds,
            checkpoint,
            pictures,
            Path.Combine(modelDir, TrainingLogObserver.PlotsFolder),
            detections);
    }

    private static void EnsureDataset(string directory, DemoRequest request, TextWriter output)
    {
        var options = new SyntheticShapesOptions
        {
            Seed = (int)(request.Seed ?? 0),
            TrainImages = request.TrainImages,
            ValImages = ValImages,
            Width = ImageSize,
            Height = ImageSize,
            MinObjectSize = 16,
            MaxObjectSize = 64,
            MaxObjects = 4,
        };
        string stamp = Path.Combine(directory, "dataset.txt");
        string description = options.ToString();
        if (File.Exists(stamp) && File.ReadAllText(stamp) == description)
        {
            output.WriteLine($"using the dataset in {directory}");
            return;
        }

        output.WriteLine($"generating {options.TrainImages} training and {options.ValImages} validation images in {directory}");
        SyntheticDatasetFiles.Write(options, directory);
        File.WriteAllText(stamp, description);
    }

    private static string EmbeddedConfig()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ConfigResource)
            ?? throw new InvalidOperationException($"the {ConfigResource} resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
