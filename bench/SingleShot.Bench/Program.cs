using System.Globalization;
using SingleShot.Anchors;
using SingleShot.Boxes;
using SingleShot.PostProcessing;
using static TorchSharp.torch;

namespace SingleShot.Bench;

/// <summary>
/// Benchmarks. Box core: <c>SingleShot.Bench [--threads N]</c> (peer bench/peers/box_core_torchvision.py).
/// Loader: <c>SingleShot.Bench --threads N --loader DATASET_DIR REPOSITORY_DIR</c> on a dataset written by
/// <c>singleshot data synth</c> (peer bench/peers/loader_torchvision.py).
/// Training steps: <c>SingleShot.Bench --threads N --train REPOSITORY_DIR [--steps N] [--only CONFIG_PART]</c>
/// (peer bench/peers/train_step_torchvision.py); where one config's step spends its time:
/// <c>SingleShot.Bench --threads N --train-profile REPOSITORY_DIR CONFIG_NAME [--steps N]</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        bool tuned = AllocatorTuning.Apply();
        int threads = ParseThreads(args);
        TorchRuntime.SetThreads(threads);
        Console.WriteLine($"SingleShot, libtorch {TorchRuntime.Initialize()}, {threads} thread(s), malloc tuned: {tuned}");
        int loader = Array.IndexOf(args, "--loader");
        if (loader >= 0 && loader + 2 < args.Length)
        {
            LoaderBench.Run(args[loader + 1], args[loader + 2], threads);
            return 0;
        }

        int profile = Array.IndexOf(args, "--train-profile");
        if (profile >= 0 && profile + 2 < args.Length)
        {
            TrainProfile.Run(args[profile + 1], args[profile + 2], ParseInt(args, "--steps", 3));
            return 0;
        }

        int train = Array.IndexOf(args, "--train");
        if (train >= 0 && train + 1 < args.Length)
        {
            TrainBench.Run(args[train + 1], ParseInt(args, "--steps", 5), Option(args, "--only"));
            return 0;
        }

        foreach (BenchResult result in RunAll())
        {
            Console.WriteLine(result);
        }

        return 0;
    }

    private static IEnumerable<BenchResult> RunAll()
    {
        Tensor anchors = BenchData.Boxes(8732, 1.0);
        Tensor groundTruth = BenchData.Boxes(20, 2.0);
        Tensor candidates = BenchData.Boxes(8732, 3.0);
        Tensor scores = BenchData.Scores(8732, 20, 4.0);
        Tensor single = scores.select(1, 0).contiguous();
        var coder = new FasterRcnnBoxCoder();
        Tensor codes = coder.Encode(candidates, anchors);
        Tensor batchCodes = codes.unsqueeze(0).expand(8, -1, -1).contiguous();
        var nms = new NmsOptions { ScoreThreshold = 0.01, IouThreshold = 0.45, MaxDetectionsPerClass = 200, MaxTotalDetections = 200 };
        // SSD300's default boxes (torchvision ssd300_vgg16's DefaultBoxGenerator settings).
        var generator = new DefaultBoxGenerator(
            new double[][] { new[] { 2.0 }, new[] { 2.0, 3.0 }, new[] { 2.0, 3.0 }, new[] { 2.0, 3.0 }, new[] { 2.0 }, new[] { 2.0 } },
            DefaultBoxSizes.FromScales(new[] { 0.07, 0.15, 0.33, 0.51, 0.69, 0.87, 1.05 }),
            new DefaultBoxPlacement(new double[] { 8, 16, 32, 64, 100, 300 }, 0.5, DefaultBoxClip.Size));
        FeatureMapSize[] maps = new[] { 38, 19, 10, 5, 3, 1 }.Select(s => new FeatureMapSize(s, s)).ToArray();

        yield return Measure("ssd300_default_boxes_8732", () => generator.Generate(maps, new ImageSize(300, 300), CPU));
        yield return Measure("pairwise_iou_20x8732", () => BoxOps.PairwiseIou(groundTruth, anchors));
        yield return Measure("faster_rcnn_encode_8732", () => coder.Encode(candidates, anchors));
        yield return Measure("faster_rcnn_decode_8x8732", () => coder.Decode(batchCodes, anchors));
        yield return Measure("nms_single_class_8732_iou0.45", () => NonMaxSuppression.Hard(candidates, single, 0.45));
        yield return Measure("multiclass_nms_8732x20_ssd_eval", () => MultiClassNms.Apply(candidates, scores, nms), iterations: 5);
    }

    private static BenchResult Measure(string name, Func<object> action, int iterations = 20) =>
        BenchRunner.Measure(
            name,
            () =>
            {
                using IDisposable scope = NewDisposeScope();
                action();
            },
            iterations: iterations);

    private static int ParseThreads(string[] args) => ParseInt(args, "--threads", Environment.ProcessorCount);

    private static int ParseInt(string[] args, string name, int fallback) =>
        Option(args, name) is string value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
