using System.Text.Json;
using SingleShot.Cli;
using SingleShot.Tests.Evaluation.Coco;

namespace SingleShot.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class EvalVerbTests
{
    private static readonly string s_case = Path.Combine(CocoReferenceTests.Root, "multi_category");

    [Fact]
    public void Coco_json_output_equals_the_pycocotools_reference()
    {
        (int code, string output, string error) = CliTests.Run("eval", "--gt", Gt, "--detections", Dt, "--metric", "coco", "--json");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        using JsonDocument json = JsonDocument.Parse(output);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_case, "expected.json")));
        Assert.Equal(new[] { "stats", "per_category_ap" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Numbers(expected.RootElement.GetProperty("stats")), Numbers(json.RootElement.GetProperty("stats")));
        Assert.Equal(
            expected.RootElement.GetProperty("per_category_ap").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())),
            json.RootElement.GetProperty("per_category_ap").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())));
    }

    [Fact]
    public void Coco_text_output_names_the_protocol_and_prints_pycocotools_summary_and_a_category_table()
    {
        (int code, string output, string error) = CliTests.Run("eval", "--gt", Gt, "--detections", Dt);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith("COCO detection metrics (pycocotools COCOeval, iouType=bbox)", output);
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_case, "expected.json")));
        Assert.Contains(expected.RootElement.GetProperty("summary_text").GetString()!, output.ReplaceLineEndings("\n"));
        Assert.Contains("AP per category", output);
        foreach (JsonProperty category in expected.RootElement.GetProperty("per_category_ap").EnumerateObject())
        {
            Assert.Matches($@"\n\s+{category.Name}\s+\S+\s+-?\d\.\d\d\d\n", output.ReplaceLineEndings("\n"));
        }
    }

    [Theory]
    [InlineData(new string[0], "say what to evaluate against")]
    [InlineData(new[] { "--detections", "DT" }, "say what to evaluate against")]
    [InlineData(new[] { "--gt", "GT" }, "--gt needs --detections")]
    [InlineData(new[] { "--gt", "GT", "--detections", "DT", "--metric", "voc99" }, "--metric voc99 is unknown")]
    public void Incomplete_combinations_are_usage_errors(string[] arguments, string message)
    {
        string[] args = [.. new[] { "eval" }.Concat(arguments.Select(a => a == "GT" ? Gt : a == "DT" ? Dt : a))];
        (int code, string output, string error) = CliTests.Run(args);
        Assert.Equal(SingleShotCli.ExitUsage, code);
        Assert.Equal("", output);
        string line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(message, line);
        Assert.Contains("singleshot eval --gt FILE --detections FILE", line);
    }

    [Fact]
    public void Detections_on_an_image_outside_the_ground_truth_fail_naming_the_file_and_the_image()
    {
        string directory = Path.Combine(Path.GetTempPath(), "singleshot-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string detections = Path.Combine(directory, "dt.json");
            File.WriteAllText(detections, """[{"image_id": 123456, "category_id": 1, "bbox": [0, 0, 5, 5], "score": 0.5}]""");
            (int code, _, string error) = CliTests.Run("eval", "--gt", Gt, "--detections", detections);
            Assert.Equal(SingleShotCli.ExitFailure, code);
            string line = Assert.Single(error.TrimEnd().Split('\n'));
            Assert.Contains(detections, line);
            Assert.Contains("image_id 123456", line);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Gt => Path.Combine(s_case, "gt.json");

    private static string Dt => Path.Combine(s_case, "dt.json");

    private static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
