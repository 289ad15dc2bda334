using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using SingleShot.Evaluation.Coco;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// <c>singleshot eval --gt FILE --detections FILE [--metric coco]</c>: COCO box metrics of a results file against a
/// COCO instances file, identical to pycocotools' COCOeval.
/// </summary>
internal sealed class EvalCocoFileMode : EvalMode
{
    private readonly EvalSharedOptions _shared;
    private readonly Option<FileInfo> _groundTruth = new("--gt")
    {
        Description = "COCO instances JSON file: the ground truth for --detections (COCO metrics).",
    };

    public EvalCocoFileMode(EvalSharedOptions shared)
    {
        _shared = shared;
        _groundTruth.AcceptExistingOnly();
    }

    public override string Usage => "--gt FILE --detections FILE [--metric coco]";

    public override IReadOnlyList<Option> OwnOptions => [_groundTruth];

    public override IReadOnlyList<Option> Selectors => [_groundTruth];

    public override IReadOnlyList<Option> SharedOptions => [_shared.Detections];

    public override IReadOnlyList<Option> Required => [_groundTruth, _shared.Detections];

    public override IReadOnlyList<string> Metrics => ["coco"];

    public override int Run(ParseResult parse, string metric, bool json, TextWriter output)
    {
        string groundTruthPath = parse.GetValue(_groundTruth)!.FullName;
        string detectionsPath = parse.GetValue(_shared.Detections)!.FullName;
        CocoGroundTruth groundTruth = CocoGroundTruth.Load(groundTruthPath);
        IReadOnlyList<CocoDetection> detections = CocoDetections.Load(detectionsPath);
        CocoMetrics metrics;
        try
        {
            metrics = CocoEvaluator.Evaluate(groundTruth, detections);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{detectionsPath}: {e.Message}", e);
        }

        if (json)
        {
            output.WriteLine(ToJson(metrics).ToJsonString(CliJson.Options));
            return 0;
        }

        output.WriteLine(CocoMetrics.Protocol);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ground truth {groundTruthPath}: {groundTruth.Images.Count} images, {groundTruth.Categories.Count} categories, {groundTruth.Annotations.Count} objects"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detections {detectionsPath}: {detections.Count}"));
        foreach (string line in metrics.SummaryLines())
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        WriteCategoryTable(metrics, output);
        return 0;
    }

    /// <summary><c>{"stats": [12 numbers], "per_category_ap": {"&lt;category id&gt;": ap, ...}}</c>, categories in id order.</summary>
    internal static JsonObject ToJson(CocoMetrics metrics)
    {
        var perCategory = new JsonObject();
        foreach ((long id, double ap) in metrics.PerCategoryAp)
        {
            perCategory.Add(id.ToString(CultureInfo.InvariantCulture), ap);
        }

        return new JsonObject
        {
            ["stats"] = new JsonArray([.. metrics.Stats.Select(value => (JsonNode?)JsonValue.Create(value))]),
            ["per_category_ap"] = perCategory,
        };
    }

    private static void WriteCategoryTable(CocoMetrics metrics, TextWriter output)
    {
        output.WriteLine("AP per category (IoU=0.50:0.95, area=all, maxDets=100; -1: no ground truth)");
        int idWidth = metrics.Categories.Select(c => c.Id.ToString(CultureInfo.InvariantCulture).Length).Append(2).Max();
        int nameWidth = metrics.Categories.Select(c => c.Name.Length).Append(8).Max();
        output.WriteLine($"  {"id".PadLeft(idWidth)}  {"category".PadRight(nameWidth)}  {"AP",6}");
        foreach (CocoCategory category in metrics.Categories)
        {
            string id = category.Id.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth);
            string ap = CocoMetrics.FormatValue(metrics.PerCategoryAp[category.Id]);
            output.WriteLine($"  {id}  {category.Name.PadRight(nameWidth)}  {ap,6}");
        }
    }
}
