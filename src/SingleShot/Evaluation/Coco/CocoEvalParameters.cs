namespace SingleShot.Evaluation.Coco;

/// <summary>
/// pycocotools' default <c>COCOeval</c> parameters for <c>iouType='bbox'</c>, bit for bit: the IoU and recall
/// thresholds are computed the way <c>numpy.linspace</c> computes them, so several differ from <c>i / 100</c> in the
/// last bit (0.35000000000000003, 0.8999999999999999, ...).
/// </summary>
public static class CocoEvalParameters
{
    /// <summary>IoU thresholds, <c>np.linspace(.5, 0.95, 10)</c>; a detection matches at IoU &gt;= threshold.</summary>
    public static IReadOnlyList<double> IouThresholds { get; } = Linspace(0.5, 0.95, 10);

    /// <summary>Recall thresholds of the precision curve, <c>np.linspace(.0, 1.00, 101)</c>.</summary>
    public static IReadOnlyList<double> RecallThresholds { get; } = Linspace(0.0, 1.0, 101);

    /// <summary>Detections kept per image and category, in score order: 1, 10 and 100.</summary>
    public static IReadOnlyList<int> MaxDetections { get; } = [1, 10, 100];

    /// <summary>The object-size ranges all, small, medium and large (32^2 and 96^2 belong to two ranges each).</summary>
    public static IReadOnlyList<CocoAreaRange> AreaRanges { get; } =
    [
        new("all", 0, 1e10),
        new("small", 0, 32 * 32),
        new("medium", 32 * 32, 96 * 96),
        new("large", 96 * 96, 1e10),
    ];

    /// <summary>
    /// <c>numpy.linspace(start, stop, num)</c> with its endpoint: <c>start + i * step</c> with
    /// <c>step = (stop - start) / (num - 1)</c>, and the last value set to <paramref name="stop"/>.
    /// </summary>
    internal static double[] Linspace(double start, double stop, int num)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(num, 2);
        double step = (stop - start) / (num - 1);
        var values = new double[num];
        for (int i = 0; i < num; i++)
        {
            double scaled = i * step;
            values[i] = scaled + start;
        }

        values[num - 1] = stop;
        return values;
    }
}
