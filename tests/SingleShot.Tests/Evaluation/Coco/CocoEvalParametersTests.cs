using System.Globalization;
using System.Text.Json;
using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

public sealed class CocoEvalParametersTests
{
    [Fact]
    public void Thresholds_are_numpy_linspace_bit_for_bit()
    {
        // index.json records repr() of pycocotools' iouThrs and recThrs (numpy 1.24); repr round-trips exactly.
        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(Path.Combine(CocoReferenceTests.Root, "index.json")));
        JsonElement parameters = index.RootElement.GetProperty("params");
        AssertBitEqual(Reprs(parameters.GetProperty("iouThrs_repr")), CocoEvalParameters.IouThresholds);
        AssertBitEqual(Reprs(parameters.GetProperty("recThrs_repr")), CocoEvalParameters.RecallThresholds);
    }

    [Fact]
    public void Recall_thresholds_differ_from_i_over_100_exactly_where_numpy_does()
    {
        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(Path.Combine(CocoReferenceTests.Root, "index.json")));
        int[] expected = [.. index.RootElement.GetProperty("params").GetProperty("recThrs_differs_from_i_over_100").EnumerateArray().Select(e => e.GetInt32())];
        int[] differing = [.. Enumerable.Range(0, 101).Where(i => CocoEvalParameters.RecallThresholds[i] != i / 100.0)];
        Assert.Equal(expected, differing);

        // Hand check of one: 35 * 0.01 = 0.35000000000000003 in binary64, whereas 35 / 100 rounds to 0.35.
        Assert.Equal(0.35000000000000003, CocoEvalParameters.RecallThresholds[35]);
        Assert.Equal(0.8999999999999999, CocoEvalParameters.IouThresholds[8]);
    }

    [Fact]
    public void Area_ranges_and_max_detections_are_pycocotools_defaults()
    {
        Assert.Equal(new[] { "all", "small", "medium", "large" }, CocoEvalParameters.AreaRanges.Select(r => r.Label));
        Assert.Equal(new[] { 0.0, 0, 1024, 9216 }, CocoEvalParameters.AreaRanges.Select(r => r.Min));
        Assert.Equal(new[] { 1e10, 1024, 9216, 1e10 }, CocoEvalParameters.AreaRanges.Select(r => r.Max));
        Assert.Equal(new[] { 1, 10, 100 }, CocoEvalParameters.MaxDetections);
        Assert.True(CocoEvalParameters.AreaRanges[1].Contains(1024));
        Assert.True(CocoEvalParameters.AreaRanges[2].Contains(1024));
        Assert.False(CocoEvalParameters.AreaRanges[1].Contains(1024.0001));
    }

    private static double[] Reprs(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => double.Parse(e.GetString()!, CultureInfo.InvariantCulture))];

    private static void AssertBitEqual(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
    }
}
