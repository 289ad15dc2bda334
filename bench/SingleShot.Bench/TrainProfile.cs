using System.Diagnostics;
using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Heads;
using SingleShot.Losses;
using SingleShot.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Bench;

/// <summary>
/// Where a training step of one config spends its time: the step split at the feature maps (backbone forward,
/// head forward, loss, head + loss backward, backbone backward), the loss split (target assignment, the rest,
/// regularization), the forward time by layer type (forward hooks), and the whole step again with the
/// parameters and images in channels-last layout. Dev-time diagnosis for the training-throughput benchmark.
/// </summary>
internal static class TrainProfile
{
    public static void Run(string repository, string configName, int steps)
    {
        PipelineConfig pipeline = PipelineConfigReader.ReadFile(Path.Combine(repository, "configs", configName + ".config"));
        manual_seed(1);
        using SsdDetector model = SsdModelBuilder.Build(pipeline);
        using Tensor images = TrainBench.Images(model);
        ImageGroundTruth[] truth = TrainBench.GroundTruth(model.NumClasses);
        Console.WriteLine(TrainBench.Time(configName, model, images, truth, steps));
        Report("split at the feature maps", Stages(model, images, truth, steps));
        Report("loss", LossParts((SsdConfig)pipeline.Model!, model, images, truth, steps));
        Report("forward by layer type", ForwardByLayerType(model, images, steps));
        ToChannelsLast(model);
        using Tensor channelsLast = ChannelsLast(images);
        Console.WriteLine(TrainBench.Time(configName + " (channels_last)", model, channelsLast, truth, steps));
    }

    private static void Report(string title, IEnumerable<(string Part, double Ms)> parts)
    {
        Console.WriteLine($"  {title}:");
        foreach ((string part, double ms) in parts)
        {
            Console.WriteLine($"    {part,-44} {ms,8:F1} ms");
        }
    }

    private static IEnumerable<(string, double)> Stages(SsdDetector model, Tensor images, ImageGroundTruth[] truth, int steps)
    {
        model.train();
        var predictor = (nn.Module<IReadOnlyList<Tensor>, BoxPredictions>)model.named_children().Single(c => c.name == "box_predictor").module;
        string[] names = ["backbone forward", "head forward", "loss (with regularization)", "head + loss backward", "backbone backward"];
        double[][] samples = Repeat(steps, () =>
        {
            var marks = new long[6];
            using IDisposable scope = NewDisposeScope();
            marks[0] = Stopwatch.GetTimestamp();
            Tensor[] features = model.FeatureExtractor.call((images - model.get_buffer("pixel_mean")!) / model.get_buffer("pixel_std")!);
            marks[1] = Stopwatch.GetTimestamp();
            Tensor[] cut = features.Select(f => f.detach().requires_grad_()).ToArray();
            BoxPredictions predictions = predictor.call(cut);
            marks[2] = Stopwatch.GetTimestamp();
            Tensor loss = model.Loss(predictions, truth).Total;
            loss.item<float>();
            marks[3] = Stopwatch.GetTimestamp();
            loss.backward();
            marks[4] = Stopwatch.GetTimestamp();
            features.Zip(cut, (f, c) => (f * c.grad!).sum()).Aggregate((a, b) => a + b).backward();
            marks[5] = Stopwatch.GetTimestamp();
            ClearGradients(model);
            return Enumerable.Range(0, 5).Select(i => Stopwatch.GetElapsedTime(marks[i], marks[i + 1]).TotalMilliseconds).ToArray();
        });
        return names.Select((n, i) => (n, TrainBench.MedianOf(samples.Select(s => s[i]))));
    }

    private static IEnumerable<(string, double)> LossParts(SsdConfig ssd, SsdDetector model, Tensor images, ImageGroundTruth[] truth, int steps)
    {
        using IDisposable outer = NewDisposeScope();
        SsdLoss loss = LossBuilder.Build(ssd, MatchingBuilder.BoxCoder(ssd.BoxCoder));
        BoxPredictions raw = Detached(model, images);
        double assign = TimeMedian(steps, () => loss.TargetAssigner.Assign(model.Anchors, truth));
        double compute = TimeMedian(steps, () => loss.Compute(Leaf(raw), model.Anchors, truth));
        double backward = MedianOfTimed(steps, () =>
        {
            using IDisposable scope = NewDisposeScope();
            BoxPredictions leaf = Leaf(raw);
            Tensor total = loss.Compute(leaf, model.Anchors, truth).Total;
            long start = Stopwatch.GetTimestamp();
            total.backward();
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        double regularization = TimeMedian(steps, () => model.RegularizationLoss());
        return
        [
            ("target assignment (matching, encoding)", assign),
            ("loss forward incl. assignment and mining", compute),
            ("loss backward (into the predictions)", backward),
            ("regularization term (all layers)", regularization),
        ];
    }

    private static IEnumerable<(string, double)> ForwardByLayerType(SsdDetector model, Tensor images, int steps)
    {
        model.train();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var starts = new Dictionary<nn.Module, long>();
        var removers = new List<Action>();
        foreach ((string _, nn.Module module) in model.named_modules())
        {
            if (module is Conv2d or BatchNorm2d)
            {
                var layer = (nn.Module<Tensor, Tensor>)module;
                string kind = Kind(layer);
                var pre = layer.register_forward_pre_hook((m, x) =>
                {
                    starts[m] = Stopwatch.GetTimestamp();
                    return x;
                });
                var post = layer.register_forward_hook((m, x, y) =>
                {
                    totals[kind] = totals.GetValueOrDefault(kind) + Stopwatch.GetElapsedTime(starts[m]).TotalMilliseconds;
                    return y;
                });
                removers.Add(pre.remove);
                removers.Add(post.remove);
            }
        }

        double forward = TimeMedian(steps, () => model.Predict(images));
        removers.ForEach(remove => remove());
        int calls = steps + 1;
        var parts = totals.OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value / calls)).ToList();
        parts.Add(("rest (activations, padding, SE, concat, reshape)", forward - parts.Sum(p => p.Item2)));
        parts.Add(("whole forward (median)", forward));
        return parts;
    }

    private static string Kind(nn.Module<Tensor, Tensor> layer)
    {
        if (layer is BatchNorm2d)
        {
            return "batch norm (training statistics)";
        }

        long[] shape = ((Conv2d)layer).weight!.shape;
        return shape[1] == 1 && shape[0] > 1 ? $"conv depthwise {shape[2]}x{shape[3]}" : shape[2] == 1 ? "conv 1x1" : $"conv dense {shape[2]}x{shape[3]}";
    }

    private static BoxPredictions Detached(SsdDetector model, Tensor images)
    {
        using IDisposable noGrad = no_grad();
        return model.Predict(images);
    }

    private static BoxPredictions Leaf(BoxPredictions raw) =>
        new(raw.BoxEncodings.detach().requires_grad_(), raw.ClassLogits.detach().requires_grad_());

    private static void ClearGradients(SsdDetector model)
    {
        foreach (Parameter parameter in model.parameters())
        {
            parameter.grad = null;
        }
    }

    /// <summary>Re-lays every 4-D parameter in channels-last (NHWC) strides; the shapes stay NCHW.</summary>
    private static void ToChannelsLast(SsdDetector model)
    {
        using IDisposable noGrad = no_grad();
        foreach (Parameter parameter in model.parameters().Where(p => p.dim() == 4))
        {
            parameter.set_(ChannelsLast(parameter));
        }
    }

    private static Tensor ChannelsLast(Tensor x) => x.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2);

    private static double TimeMedian(int steps, Action action) =>
        TrainBench.MedianOf(Repeat(steps, () =>
        {
            using IDisposable scope = NewDisposeScope();
            long start = Stopwatch.GetTimestamp();
            action();
            return new[] { Stopwatch.GetElapsedTime(start).TotalMilliseconds };
        }).Select(s => s[0]));

    private static double MedianOfTimed(int steps, Func<double> timed) =>
        TrainBench.MedianOf(Repeat(steps, () => new[] { timed() }).Select(s => s[0]));

    /// <summary>One warm-up call, then <paramref name="steps"/> measured calls.</summary>
    private static double[][] Repeat(int steps, Func<double[]> measure)
    {
        measure();
        return Enumerable.Range(0, steps).Select(_ => measure()).ToArray();
    }
}
