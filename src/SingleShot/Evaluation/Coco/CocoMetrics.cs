namespace SingleShot.Evaluation.Coco;

/// <summary>
/// The result of <see cref="CocoEvaluator.Evaluate"/>: pycocotools' <c>eval['precision']</c> and
/// <c>eval['recall']</c> arrays, the 12 <c>stats</c> of <c>summarize</c> and AP per category. A value of -1 means
/// "no object to measure" (no ground truth in that category or area range) and is left out of every mean.
/// </summary>
public sealed class CocoMetrics
{
    /// <summary>The protocol, as printed with the numbers.</summary>
    public const string Protocol = "COCO detection metrics (pycocotools COCOeval, iouType=bbox)";

    internal CocoMetrics(IReadOnlyList<CocoCategory> categories, IReadOnlyList<long> imageIds, double[,,,,] precision, double[,,,] recall)
    {
        Categories = categories;
        ImageIds = imageIds;
        Precision = precision;
        Recall = recall;
        Stats = [.. CocoStatDefinition.All.Select(Summarize)];
        var perCategory = new SortedDictionary<long, double>();
        int last = precision.GetLength(4) - 1;
        for (int k = 0; k < categories.Count; k++)
        {
            perCategory.Add(categories[k].Id, MeanOfMeasured(Enumerate(precision.GetLength(0), precision.GetLength(1), 1, (t, r, _) => precision[t, r, k, 0, last])));
        }

        PerCategoryAp = perCategory;
    }

    /// <summary>The categories in ascending id order: the K axis of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public IReadOnlyList<CocoCategory> Categories { get; }

    /// <summary>The evaluated image ids in ascending order.</summary>
    public IReadOnlyList<long> ImageIds { get; }

    /// <summary>
    /// Precision [T=10 IoU thresholds, R=101 recall thresholds, K categories, A=4 area ranges, M=3 maxDets], float64,
    /// axes ordered as <see cref="CocoEvalParameters"/>; -1 where there is no object to measure.
    /// </summary>
    public double[,,,,] Precision { get; }

    /// <summary>Recall [T=10, K, A=4, M=3], float64; -1 where there is no object to measure.</summary>
    public double[,,,] Recall { get; }

    /// <summary>
    /// The 12 summary numbers in pycocotools' order: AP@[.50:.95], AP@.50, AP@.75, AP small, medium, large (maxDets
    /// 100); AR maxDets 1, 10, 100; AR small, medium, large (maxDets 100). -1 where no object counts.
    /// </summary>
    public IReadOnlyList<double> Stats { get; }

    /// <summary>AP@[.50:.95] (all areas, maxDets 100) per category id, ascending ids; -1 for a category without objects.</summary>
    public IReadOnlyDictionary<long, double> PerCategoryAp { get; }

    /// <summary>
    /// The numbers under the TF Object Detection API's names (<c>DetectionBoxes_Precision/mAP</c>, ...,
    /// <c>DetectionBoxes_Recall/AR@100 (large)</c>), then with <paramref name="perCategory"/> one
    /// <c>DetectionBoxes_PerformanceByCategory/mAP/&lt;category name&gt;</c> per category in id order.
    /// </summary>
    public IReadOnlyList<(string Name, double Value)> NamedMetrics(bool perCategory)
    {
        var named = CocoStatDefinition.All.Select((stat, i) => (stat.TfName, Stats[i])).ToList();
        if (perCategory)
        {
            named.AddRange(Categories.Select(c => ($"DetectionBoxes_PerformanceByCategory/mAP/{c.Name}", PerCategoryAp[c.Id])));
        }

        return named;
    }

    /// <summary>The 12 lines pycocotools' <c>summarize</c> prints, character for character (values to 3 decimals).</summary>
    public IReadOnlyList<string> SummaryLines() => [.. CocoStatDefinition.All.Select((stat, i) => stat.FormatLine(Stats[i]))];

    /// <summary>
    /// A metric value as pycocotools prints it, <c>'{:0.3f}'</c>: three decimals, the exact binary value rounded half
    /// to even (e.g. <c>0.821</c>, <c>-1.000</c>).
    /// </summary>
    public static string FormatValue(double value) => PythonFormat.Fixed(value, 3);

    private double Summarize(CocoStatDefinition stat)
    {
        int a = Index(CocoEvalParameters.AreaRanges.Select(r => r.Label), stat.Area);
        int m = Index(CocoEvalParameters.MaxDetections, stat.MaxDetections);
        int[] thresholds = [.. Enumerable.Range(0, CocoEvalParameters.IouThresholds.Count)
            .Where(t => stat.IouThreshold is not { } only || CocoEvalParameters.IouThresholds[t] == only)];
        int k = Categories.Count;
        return stat.IsPrecision
            ? MeanOfMeasured(Enumerate(thresholds.Length, Precision.GetLength(1), k, (t, r, c) => Precision[thresholds[t], r, c, a, m]))
            : MeanOfMeasured(Enumerate(thresholds.Length, 1, k, (t, _, c) => Recall[thresholds[t], c, a, m]));
    }

    /// <summary>Values in C order of the three indices (numpy's flattening of the selected sub-array).</summary>
    private static IEnumerable<double> Enumerate(int n0, int n1, int n2, Func<int, int, int, double> value)
    {
        for (int i = 0; i < n0; i++)
        {
            for (int j = 0; j < n1; j++)
            {
                for (int l = 0; l < n2; l++)
                {
                    yield return value(i, j, l);
                }
            }
        }
    }

    /// <summary><c>np.mean(s[s &gt; -1])</c>, or -1 when no value is &gt; -1.</summary>
    private static double MeanOfMeasured(IEnumerable<double> values)
    {
        double[] measured = [.. values.Where(v => v > -1)];
        return measured.Length == 0 ? -1 : NumpyMean.Mean(measured);
    }

    private static int Index<T>(IEnumerable<T> values, T value) => values.Select((v, i) => (v, i)).First(p => EqualityComparer<T>.Default.Equals(p.v, value)).i;
}
