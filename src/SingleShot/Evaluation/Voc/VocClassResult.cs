namespace SingleShot.Evaluation.Voc;

/// <summary>One class's Pascal VOC result: its ranked detections' precision/recall curve and average precision.</summary>
/// <param name="ClassName">The class.</param>
/// <param name="NumPositives">The number of its ground-truth objects that are not difficult (the devkit's <c>npos</c>).</param>
/// <param name="Scores">The class's detection scores in rank order (descending; ties keep input order).</param>
/// <param name="Precision">
/// After each ranked detection, true positives / (true + false positives); same length as <paramref name="Scores"/>.
/// </param>
/// <param name="Recall">
/// After each ranked detection, true positives / <paramref name="NumPositives"/>; NaN when the class has no positives.
/// </param>
/// <param name="AveragePrecision">The AP by the evaluation's method; NaN when <paramref name="NumPositives"/> is 0.</param>
public sealed record VocClassResult(
    string ClassName,
    int NumPositives,
    IReadOnlyList<double> Scores,
    IReadOnlyList<double> Precision,
    IReadOnlyList<double> Recall,
    double AveragePrecision)
{
    /// <summary>The number of the class's detections.</summary>
    public int NumDetections => Scores.Count;
}
