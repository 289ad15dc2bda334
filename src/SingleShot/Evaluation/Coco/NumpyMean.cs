namespace SingleShot.Evaluation.Coco;

/// <summary>
/// <c>numpy.mean</c> of a contiguous float64 array, bit for bit: numpy adds the values in blocks of 8192 (its
/// buffer size), each block by pairwise summation with eight accumulators, and divides the total by the count.
/// COCOeval's summary numbers are such means, so a plain running sum would differ in the last bits.
/// </summary>
internal static class NumpyMean
{
    private const int BufferSize = 8192;
    private const int PairwiseBlock = 128;

    /// <summary>The mean of <paramref name="values"/> as numpy computes it (NaN for an empty list, as numpy).</summary>
    public static double Mean(IReadOnlyList<double> values)
    {
        double sum = 0;
        for (int start = 0; start < values.Count; start += BufferSize)
        {
            sum += PairwiseSum(values, start, Math.Min(BufferSize, values.Count - start));
        }

        return sum / values.Count;
    }

    /// <summary>numpy's <c>pairwise_sum</c> of <paramref name="count"/> values from <paramref name="start"/>.</summary>
    internal static double PairwiseSum(IReadOnlyList<double> values, int start, int count)
    {
        if (count < 8)
        {
            double sum = 0;
            for (int i = 0; i < count; i++)
            {
                sum += values[start + i];
            }

            return sum;
        }

        if (count <= PairwiseBlock)
        {
            return UnrolledSum(values, start, count);
        }

        int half = count / 2;
        half -= half % 8;
        return PairwiseSum(values, start, half) + PairwiseSum(values, start + half, count - half);
    }

    private static double UnrolledSum(IReadOnlyList<double> values, int start, int count)
    {
        var r = new double[8];
        for (int j = 0; j < 8; j++)
        {
            r[j] = values[start + j];
        }

        int i = 8;
        for (; i < count - (count % 8); i += 8)
        {
            for (int j = 0; j < 8; j++)
            {
                r[j] += values[start + i + j];
            }
        }

        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < count; i++)
        {
            sum += values[start + i];
        }

        return sum;
    }
}
