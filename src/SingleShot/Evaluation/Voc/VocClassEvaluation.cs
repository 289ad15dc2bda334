namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Evaluates one class the way the reference <c>voc_eval</c> does: rank the detections, match each in turn to the
/// object of its image with the highest IoU, and accumulate precision and recall.
/// </summary>
internal static class VocClassEvaluation
{
    /// <summary>The same lower bound on the precision denominator as the reference (<c>np.finfo(np.float64).eps</c>).</summary>
    private const double PrecisionFloor = 2.220446049250313e-16;

    /// <summary>The result for <paramref name="className"/>.</summary>
    /// <param name="className">The class.</param>
    /// <param name="objects">The class's ground-truth objects, in every image.</param>
    /// <param name="detections">The class's detections, in input order (the tie order).</param>
    /// <param name="options">Method, IoU threshold and box convention.</param>
    public static VocClassResult Evaluate(
        string className, IReadOnlyList<VocGroundTruthObject> objects, IReadOnlyList<VocDetection> detections, VocEvaluationOptions options)
    {
        Dictionary<string, List<int>> objectsByImage = IndexByImage(objects);
        bool[] taken = new bool[objects.Count];
        double positives = objects.Count(o => !o.Difficult);
        double pad = options.InclusivePixelCoordinates ? 1.0 : 0.0;
        VocDetection[] ranked = detections.OrderByDescending(d => d.Score).ToArray();
        double[] scores = new double[ranked.Length];
        double[] precision = new double[ranked.Length];
        double[] recall = new double[ranked.Length];
        double truePositives = 0.0;
        double falsePositives = 0.0;
        for (int k = 0; k < ranked.Length; k++)
        {
            switch (Match(ranked[k], objects, objectsByImage, taken, pad, options.IouThreshold))
            {
                case VocMatchOutcome.TruePositive:
                    truePositives += 1.0;
                    break;
                case VocMatchOutcome.FalsePositive:
                    falsePositives += 1.0;
                    break;
            }

            scores[k] = ranked[k].Score;
            recall[k] = truePositives / positives;
            precision[k] = truePositives / Math.Max(truePositives + falsePositives, PrecisionFloor);
        }

        double ap = positives == 0 ? double.NaN : VocAveragePrecision.Compute(options.Method, recall, precision);
        return new VocClassResult(className, (int)positives, scores, precision, recall, ap);
    }

    /// <summary>
    /// The IoU of two <c>xyxy</c> boxes, with <paramref name="pad"/> (1 for inclusive pixels, else 0) added to every
    /// width and height, computed in the reference's order of operations; 0 when the union is empty.
    /// </summary>
    internal static double Iou(VocDetection detection, VocGroundTruthObject truth, double pad)
    {
        double width = Math.Max(Math.Min(truth.XMax, detection.XMax) - Math.Max(truth.XMin, detection.XMin) + pad, 0.0);
        double height = Math.Max(Math.Min(truth.YMax, detection.YMax) - Math.Max(truth.YMin, detection.YMin) + pad, 0.0);
        double intersection = width * height;
        double union = ((detection.XMax - detection.XMin + pad) * (detection.YMax - detection.YMin + pad))
            + ((truth.XMax - truth.XMin + pad) * (truth.YMax - truth.YMin + pad))
            - intersection;
        return union > 0.0 ? intersection / union : 0.0;
    }

    private static VocMatchOutcome Match(
        VocDetection detection, IReadOnlyList<VocGroundTruthObject> objects, Dictionary<string, List<int>> objectsByImage, bool[] taken, double pad, double threshold)
    {
        if (!objectsByImage.TryGetValue(detection.ImageId, out List<int>? candidates))
        {
            return VocMatchOutcome.FalsePositive;
        }

        double best = double.NegativeInfinity;
        int bestIndex = -1;
        foreach (int index in candidates)
        {
            double overlap = Iou(detection, objects[index], pad);
            if (overlap > best)
            {
                best = overlap;
                bestIndex = index;
            }
        }

        if (!(best > threshold))
        {
            return VocMatchOutcome.FalsePositive;
        }

        if (objects[bestIndex].Difficult)
        {
            return VocMatchOutcome.Ignored;
        }

        if (taken[bestIndex])
        {
            return VocMatchOutcome.FalsePositive;
        }

        taken[bestIndex] = true;
        return VocMatchOutcome.TruePositive;
    }

    private static Dictionary<string, List<int>> IndexByImage(IReadOnlyList<VocGroundTruthObject> objects)
    {
        var byImage = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < objects.Count; i++)
        {
            if (!byImage.TryGetValue(objects[i].ImageId, out List<int>? list))
            {
                list = [];
                byImage[objects[i].ImageId] = list;
            }

            list.Add(i);
        }

        return byImage;
    }
}
