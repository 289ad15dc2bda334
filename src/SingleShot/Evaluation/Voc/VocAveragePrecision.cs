using System.Runtime.InteropServices;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Average precision of one class from its precision/recall curve, by the devkit's two definitions, with the
/// reference <c>voc_ap</c>'s order of floating-point operations.
/// </summary>
internal static class VocAveragePrecision
{
    private const int RecallLevels = 11;

    /// <summary>The AP of a curve by <paramref name="method"/>.</summary>
    /// <param name="method">The definition.</param>
    /// <param name="recall">Recall after each ranked detection (non-decreasing).</param>
    /// <param name="precision">Precision after each ranked detection; same length.</param>
    public static double Compute(VocApMethod method, ReadOnlySpan<double> recall, ReadOnlySpan<double> precision) => method switch
    {
        VocApMethod.Voc07ElevenPoint => ElevenPoint(recall, precision),
        VocApMethod.Voc10Area => Area(recall, precision),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown VOC AP method."),
    };

    /// <summary>
    /// VOC2007: the sum over t = 0, 0.1, ..., 1 (computed as <c>i * 0.1</c>, as numpy's <c>arange</c> does) of
    /// (the highest precision at recall &gt;= t, or 0) / 11, accumulated in that order.
    /// </summary>
    public static double ElevenPoint(ReadOnlySpan<double> recall, ReadOnlySpan<double> precision)
    {
        double ap = 0.0;
        for (int level = 0; level < RecallLevels; level++)
        {
            double threshold = level * 0.1;
            double best = 0.0;
            bool any = false;
            for (int k = 0; k < recall.Length; k++)
            {
                if (recall[k] >= threshold)
                {
                    best = any ? Math.Max(best, precision[k]) : precision[k];
                    any = true;
                }
            }

            ap += best / RecallLevels;
        }

        return ap;
    }

    /// <summary>
    /// VOC2010+: recall framed by 0 and 1 and precision by 0 and 0; precision made non-increasing from the right;
    /// then the sum of (recall step) * (envelope precision at the step's right end) over the points where recall
    /// changes, summed as numpy does.
    /// </summary>
    public static double Area(ReadOnlySpan<double> recall, ReadOnlySpan<double> precision)
    {
        int n = recall.Length + 2;
        var framedRecall = new double[n];
        var envelope = new double[n];
        recall.CopyTo(framedRecall.AsSpan(1));
        precision.CopyTo(envelope.AsSpan(1));
        framedRecall[n - 1] = 1.0;
        for (int i = n - 1; i > 0; i--)
        {
            envelope[i - 1] = Math.Max(envelope[i - 1], envelope[i]);
        }

        var terms = new List<double>(n);
        for (int i = 0; i < n - 1; i++)
        {
            if (framedRecall[i + 1] != framedRecall[i])
            {
                terms.Add((framedRecall[i + 1] - framedRecall[i]) * envelope[i + 1]);
            }
        }

        return NumpyPairwiseSum.Sum(CollectionsMarshal.AsSpan(terms));
    }
}
