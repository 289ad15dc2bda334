using System.CommandLine;
using System.CommandLine.Parsing;

namespace SingleShot.Cli.Verbs;

/// <summary>The <c>singleshot eval</c> options several modes share: <c>--detections</c> and <c>--metric</c>.</summary>
internal sealed class EvalSharedOptions
{
    /// <summary><c>--detections FILE</c>: detections to score, a COCO results JSON list.</summary>
    public Option<FileInfo> Detections { get; } = new("--detections", "-d")
    {
        Description = "Detections to evaluate: a COCO results file (JSON list of image_id, category_id, bbox [x, y, w, h] in pixels, score).",
    };

    /// <summary><c>--metric NAME</c>: the protocol; each mode lists the ones it computes and its default.</summary>
    public Option<string> Metric { get; } = new("--metric")
    {
        Description = "The metric: coco (pycocotools COCOeval, bbox); voc07 or voc12 (Pascal VOC devkit). Default: the mode's own.",
    };

    /// <summary>All shared options.</summary>
    public IReadOnlyList<Option> All => [Detections, Metric];

    /// <summary>True when <paramref name="option"/> is written on the command line (not a default value).</summary>
    public static bool IsGiven(CommandResult command, Option option) => command.GetResult(option) is { Implicit: false };
}
