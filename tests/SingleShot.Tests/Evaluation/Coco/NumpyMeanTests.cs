using System.Globalization;
using System.Text.Json;
using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

public sealed class NumpyMeanTests
{
    [Fact]
    public void Mean_equals_numpy_mean_bit_for_bit()
    {
        // Golden/coco_eval/numpy_mean.json: np.mean of x[i] = ((i * 7919) % 1000) / 997.0 (numpy 1.24), lengths that
        // exercise the plain loop (< 8), the 8-accumulator block (<= 128), the recursion and the 8192-value buffers.
        using JsonDocument golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(CocoReferenceTests.Root, "numpy_mean.json")));
        foreach (JsonProperty entry in golden.RootElement.GetProperty("means").EnumerateObject())
        {
            int n = int.Parse(entry.Name, CultureInfo.InvariantCulture);
            double[] values = [.. Enumerable.Range(0, n).Select(i => (i * 7919 % 1000) / 997.0)];
            double expected = double.Parse(entry.Value.GetString()!, CultureInfo.InvariantCulture);
            Assert.True(expected == NumpyMean.Mean(values), $"n = {n}: numpy {expected:R}, ours {NumpyMean.Mean(values):R}");
        }
    }

    [Fact]
    public void Pairwise_sum_differs_from_a_running_sum_where_numpy_does()
    {
        // For 80800 values (the size of one COCO summary over 80 categories) a running sum is off in the last bits.
        double[] values = [.. Enumerable.Range(0, 80800).Select(i => (i * 7919 % 1000) / 997.0)];
        double running = 0;
        foreach (double value in values)
        {
            running += value;
        }

        Assert.NotEqual(running / values.Length, NumpyMean.Mean(values));
    }
}
