using SingleShot.Evaluation.Voc;

namespace SingleShot.Tests.Evaluation.Voc;

/// <summary>numpy's summation order (pairwise_sum in numpy's loops): sequential below 8, 8 accumulators up to 128, halves above.</summary>
public sealed class NumpyPairwiseSumTests
{
    [Fact]
    public void Fewer_than_eight_values_are_added_left_to_right()
    {
        double[] v = [0.1, 0.2, 0.3, 1e16, -1e16, 0.7, 0.11];
        Assert.Equal(((((((0.0 + v[0]) + v[1]) + v[2]) + v[3]) + v[4]) + v[5]) + v[6], NumpyPairwiseSum.Sum(v));
    }

    [Fact]
    public void Up_to_128_values_use_eight_strided_accumulators_then_the_remainder()
    {
        double[] v = [0.1, 1e16, 0.3, 0.7, -1e16, 0.13, 0.17, 0.19, 0.23, 0.29, 1.5, 3.7, 0.31, 0.37, 0.41, 0.43, 0.47, 0.53];
        double[] r = [v[0] + v[8], v[1] + v[9], v[2] + v[10], v[3] + v[11], v[4] + v[12], v[5] + v[13], v[6] + v[14], v[7] + v[15]];
        double expected = (((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7])) + v[16]) + v[17];
        Assert.Equal(expected, NumpyPairwiseSum.Sum(v));
        Assert.NotEqual(v.Aggregate(0.0, (sum, x) => sum + x), expected);
    }

    [Fact]
    public void More_than_128_values_split_at_half_rounded_down_to_a_multiple_of_eight()
    {
        double[] v = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? 1e16 * (i % 2 == 0 ? 1 : -1) : 1.0 / (i + 3)).ToArray();

        // 300 / 2 = 150, rounded down to a multiple of 8: 144.
        Assert.Equal(NumpyPairwiseSum.Sum(v.AsSpan(0, 144)) + NumpyPairwiseSum.Sum(v.AsSpan(144)), NumpyPairwiseSum.Sum(v));
        Assert.Equal(0.0, NumpyPairwiseSum.Sum([]));
    }
}
