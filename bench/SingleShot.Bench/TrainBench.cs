using System.Diagnostics;
using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Heads;
using SingleShot.Losses;
using SingleShot.Models;
using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Bench;

/// <summary>
/// Training throughput: full steps (predict, loss, zero grad, backward, global gradient norm, momentum SGD) on
/// random images with a few ground-truth boxes each, for the zoo's SSD configs. The peer,
/// bench/peers/train_step_torchvision.py, times torchvision's SSD300-VGG16 and SSDLite320 the same way and
/// derives the same boxes from the same formula.
/// </summary>
internal static class TrainBench
{
    /// <summary>Images per batch.</summary>
    public const int BatchSize = 8;

    /// <summary>Ground-truth boxes per image.</summary>
    public const int BoxesPerImage = 3;

    public const int WarmupSteps = 2;
    private const double LearningRate = 1e-4;
    private const double Momentum = 0.9;

    private static readonly string[] s_configs =
    [
        "ssd300_vgg16_voc",
        "ssd_mobilenet_v1_300_coco",
        "ssdlite_mobilenet_v2_320_coco",
        "ssd_mobilenet_v3_large_320_coco",
    ];

    public static void Run(string repository, int steps, string? only)
    {
        foreach (string name in s_configs.Where(c => only is null || c.Contains(only, StringComparison.Ordinal)))
        {
            TrainStepTiming timing = Measure(name, Path.Combine(repository, "configs", name + ".config"), steps);
            Console.WriteLine(timing);
        }
    }

    private static TrainStepTiming Measure(string name, string configPath, int steps)
    {
        manual_seed(1);
        using SsdDetector model = SsdModelBuilder.Build(PipelineConfigReader.ReadFile(configPath));
        using Tensor images = Images(model);
        return Time(name, model, images, GroundTruth(model.NumClasses), steps);
    }

    /// <summary><c>[8, 3, H, W] float32</c> uniform random pixel values in [0, 255) at the model's input size.</summary>
    public static Tensor Images(SsdDetector model) => rand(BatchSize, 3, model.InputSize.Height, model.InputSize.Width) * 255;

    /// <summary>
    /// Puts <paramref name="model"/> in training mode and times <see cref="WarmupSteps"/> + <paramref name="steps"/>
    /// steps with a fresh momentum optimizer over its trainable parameters.
    /// </summary>
    public static TrainStepTiming Time(string name, SsdDetector model, Tensor images, ImageGroundTruth[] truth, int steps)
    {
        model.train();
        (string Name, Parameter Parameter)[] trainable = model.named_parameters().Where(p => p.parameter.requires_grad).ToArray();
        using var optimizer = new MomentumOptimizer(trainable, Momentum);
        Parameter[] parameters = trainable.Select(p => p.Parameter).ToArray();
        var samples = new double[steps][];
        for (int i = 0; i < WarmupSteps + steps; i++)
        {
            double[] parts = Step(model, optimizer, parameters, images, truth);
            if (i >= WarmupSteps)
            {
                samples[i - WarmupSteps] = parts;
            }
        }

        return new TrainStepTiming(name, BatchSize, samples);
    }

    /// <summary>One training step; returns milliseconds of forward, loss, backward, optimizer and the whole step.</summary>
    private static double[] Step(SsdDetector model, TrainingOptimizer optimizer, Parameter[] parameters, Tensor images, ImageGroundTruth[] truth)
    {
        var marks = new long[5];
        using IDisposable scope = NewDisposeScope();
        marks[0] = Stopwatch.GetTimestamp();
        BoxPredictions predictions = model.Predict(images);
        marks[1] = Stopwatch.GetTimestamp();
        SsdLossBreakdown loss = model.Loss(predictions, truth);
        float total = loss.Total.item<float>();
        if (!float.IsFinite(total))
        {
            throw new InvalidOperationException($"the loss is {total}.");
        }

        marks[2] = Stopwatch.GetTimestamp();
        optimizer.ZeroGrad();
        loss.Total.backward();
        marks[3] = Stopwatch.GetTimestamp();
        GradientClipping.GlobalNorm(parameters);
        optimizer.Step(LearningRate);
        marks[4] = Stopwatch.GetTimestamp();
        return
        [
            Elapsed(marks[0], marks[1]),
            Elapsed(marks[1], marks[2]),
            Elapsed(marks[2], marks[3]),
            Elapsed(marks[3], marks[4]),
            Elapsed(marks[0], marks[4]),
        ];
    }

    /// <summary>
    /// <see cref="BoxesPerImage"/> boxes per image from <see cref="BenchData.Values"/> (salt 7): five values per box
    /// give the centre in [0.2, 0.8], the sides in [0.1, 0.4] and the 0-based class.
    /// </summary>
    public static ImageGroundTruth[] GroundTruth(int numClasses)
    {
        double[] v = BenchData.Values(BatchSize * BoxesPerImage * 5, 7.0);
        var truth = new ImageGroundTruth[BatchSize];
        for (int image = 0; image < BatchSize; image++)
        {
            var boxes = new float[BoxesPerImage * 4];
            var classes = new long[BoxesPerImage];
            for (int j = 0; j < BoxesPerImage; j++)
            {
                int k = ((image * BoxesPerImage) + j) * 5;
                double cx = 0.2 + (0.6 * v[k]);
                double cy = 0.2 + (0.6 * v[k + 1]);
                double w = 0.1 + (0.3 * v[k + 2]);
                double h = 0.1 + (0.3 * v[k + 3]);
                boxes[(j * 4) + 0] = (float)(cx - (w / 2));
                boxes[(j * 4) + 1] = (float)(cy - (h / 2));
                boxes[(j * 4) + 2] = (float)(cx + (w / 2));
                boxes[(j * 4) + 3] = (float)(cy + (h / 2));
                classes[j] = (long)Math.Floor(v[k + 4] * numClasses);
            }

            truth[image] = new ImageGroundTruth(tensor(boxes).reshape(BoxesPerImage, 4), tensor(classes));
        }

        return truth;
    }

    private static double Elapsed(long start, long end) => Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;

    public static double MedianOf(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
