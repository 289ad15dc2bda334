using SingleShot.Building;
using SingleShot.Checkpoints;
using SingleShot.Models;
using SingleShot.Tests.Building;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

/// <summary>Small real detectors (configs/ssd_tiny_shapes.config) and tensor comparisons for checkpoint tests.</summary>
internal static class TinyModels
{
    public static SsdDetector Build(int numClasses = 3, long seed = 1)
    {
        manual_seed(seed);
        return SsdModelBuilder.Build(SampleConfigs.Read("ssd_tiny_shapes.config", $"model.ssd.num_classes={numClasses}"));
    }

    /// <summary>Changes every saved tensor in place (batch-norm statistics and counters included) so models differ everywhere.</summary>
    public static void Perturb(nn.Module model, long seed)
    {
        var generator = new Generator((ulong)seed);
        using (no_grad())
        {
            foreach (Tensor tensor in ModelState.Capture(model).Values)
            {
                if (tensor.is_floating_point())
                {
                    tensor.add_(rand(tensor.shape, generator: generator) + 0.5);
                }
                else
                {
                    tensor.add_(seed);
                }
            }
        }
    }

    /// <summary>Copies of the model's saved tensors.</summary>
    public static Dictionary<string, Tensor> Snapshot(nn.Module model) =>
        ModelState.Capture(model).ToDictionary(p => p.Key, p => p.Value.detach().clone(), StringComparer.Ordinal);

    public static bool BitwiseEqual(Tensor expected, Tensor actual) =>
        expected.dtype == actual.dtype
        && expected.shape.SequenceEqual(actual.shape)
        && expected.contiguous().bytes.SequenceEqual(actual.contiguous().bytes);
}
