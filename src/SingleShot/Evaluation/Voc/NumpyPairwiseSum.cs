namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Sums doubles in the order numpy's <c>np.sum</c> does for a contiguous float64 array (pairwise summation with an
/// 8-way unrolled base case of at most 128 elements), so that results built from sums agree with the reference
/// scripts to the last bit rather than to a tolerance.
/// </summary>
internal static class NumpyPairwiseSum
{
    private const int BlockSize = 128;
    private const int Unroll = 8;

    /// <summary>The sum of <paramref name="values"/> in numpy's association order; 0 for none.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        if (values.Length < Unroll)
        {
            double sum = 0.0;
            foreach (double value in values)
            {
                sum += value;
            }

            return sum;
        }

        if (values.Length <= BlockSize)
        {
            return UnrolledSum(values);
        }

        int half = values.Length / 2;
        half -= half % Unroll;
        return Sum(values[..half]) + Sum(values[half..]);
    }

    private static double UnrolledSum(ReadOnlySpan<double> values)
    {
        Span<double> partial = stackalloc double[Unroll];
        values[..Unroll].CopyTo(partial);
        int i = Unroll;
        for (; i < values.Length - (values.Length % Unroll); i += Unroll)
        {
            for (int j = 0; j < Unroll; j++)
            {
                partial[j] += values[i + j];
            }
        }

        double sum = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]));
        for (; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum;
    }
}
