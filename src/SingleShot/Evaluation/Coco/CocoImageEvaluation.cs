namespace SingleShot.Evaluation.Coco;

/// <summary>
/// The outcome of matching one image's detections of one category against its ground truth in one area range
/// (pycocotools' <c>evaluateImg</c> result): detections in score order with, per IoU threshold, whether each
/// matched an object and whether it is ignored, and the number of objects that count.
/// </summary>
internal sealed class CocoImageEvaluation
{
    /// <summary>Creates the result for <paramref name="scores"/>.Length detections and <paramref name="thresholds"/> IoU thresholds.</summary>
    public CocoImageEvaluation(double[] scores, int thresholds, int countedObjects)
    {
        Scores = scores;
        Matched = new bool[thresholds, scores.Length];
        Ignored = new bool[thresholds, scores.Length];
        CountedObjects = countedObjects;
    }

    /// <summary>Detection scores, highest first (stable: ties keep input order), at most 100.</summary>
    public double[] Scores { get; }

    /// <summary>[threshold, detection]: matched to an object (pycocotools' <c>dtMatches</c> != 0).</summary>
    public bool[,] Matched { get; }

    /// <summary>[threshold, detection]: matched to an ignored object, or unmatched and outside the area range.</summary>
    public bool[,] Ignored { get; }

    /// <summary>Objects that are neither crowd regions nor outside the area range (<c>gtIgnore == 0</c>).</summary>
    public int CountedObjects { get; }
}
