using System.Text.Json;
using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

/// <summary>
/// Every pycocotools reference case (Golden/coco_eval, copied from the shared reference outputs by
/// tools/goldens/coco_eval_make_goldens.py): stats, AP per category, the precision and recall arrays and the
/// printed summary must agree. The requirement is 1e-12; the comparison is exact because the implementation
/// reproduces numpy's arithmetic (linspace, pairwise mean, float64 cumulative sums) bit for bit.
/// </summary>
public sealed class CocoReferenceTests
{
    public static TheoryData<string> Cases()
    {
        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "index.json")));
        var cases = new TheoryData<string>();
        foreach (JsonElement item in index.RootElement.GetProperty("cases").EnumerateArray())
        {
            cases.Add(item.GetProperty("case").GetString()!);
        }

        return cases;
    }

    internal static string Root => Path.Combine(AppContext.BaseDirectory, "Golden", "coco_eval");

    [Fact]
    public void All_six_reference_cases_are_present()
    {
        Assert.Equal(6, Cases().Cast<object[]>().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stats_and_per_category_ap_equal_pycocotools(string name)
    {
        (CocoMetrics metrics, JsonElement expected) = Evaluate(name);
        AssertBitEqual(expected.GetProperty("stats").EnumerateArray().Select(e => e.GetDouble()).ToArray(), [.. metrics.Stats], "stats");
        JsonElement perCategory = expected.GetProperty("per_category_ap");
        Assert.Equal(perCategory.EnumerateObject().Select(p => long.Parse(p.Name)), metrics.PerCategoryAp.Keys);
        AssertBitEqual([.. perCategory.EnumerateObject().Select(p => p.Value.GetDouble())], [.. metrics.PerCategoryAp.Values], "per_category_ap");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Precision_and_recall_arrays_equal_pycocotools(string name)
    {
        (CocoMetrics metrics, _) = Evaluate(name);
        NpyArray precision = NpyArray.Read(Path.Combine(Root, name, "precision.npy.gz"));
        NpyArray recall = NpyArray.Read(Path.Combine(Root, name, "recall.npy"));
        Assert.Equal(precision.Shape, Shape(metrics.Precision));
        Assert.Equal(recall.Shape, Shape(metrics.Recall));
        AssertBitEqual(precision.Values, [.. metrics.Precision.Cast<double>()], "precision");
        AssertBitEqual(recall.Values, [.. metrics.Recall.Cast<double>()], "recall");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summary_lines_equal_pycocotools_output(string name)
    {
        (CocoMetrics metrics, JsonElement expected) = Evaluate(name);
        string text = expected.GetProperty("summary_text").GetString()!;
        Assert.Equal(text.TrimEnd('\n').Split('\n'), metrics.SummaryLines());
    }

    internal static (CocoMetrics Metrics, JsonElement Expected) Evaluate(string name)
    {
        string directory = Path.Combine(Root, name);
        CocoGroundTruth groundTruth = CocoGroundTruth.Load(Path.Combine(directory, "gt.json"));
        IReadOnlyList<CocoDetection> detections = CocoDetections.Load(Path.Combine(directory, "dt.json"));
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")));
        return (CocoEvaluator.Evaluate(groundTruth, detections), expected.RootElement.Clone());
    }

    private static int[] Shape(Array array) => [.. Enumerable.Range(0, array.Rank).Select(array.GetLength)];

    private static void AssertBitEqual(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"{what}[{i}] (flat): expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
