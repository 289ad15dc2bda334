namespace SingleShot.Evaluation.Coco;

/// <summary>
/// pycocotools' per-image work for one image and category: <c>computeIoU</c> (box IoU, crowd regions measured as
/// intersection over the detection's area) and <c>evaluateImg</c> (greedy matching at each IoU threshold).
/// </summary>
internal static class CocoImageMatcher
{
    /// <summary>
    /// Sorts <paramref name="detections"/> by score, highest first, stably (numpy's mergesort: ties keep their input
    /// order), and keeps the first <paramref name="maxDetections"/>.
    /// </summary>
    public static CocoDetection[] SortByScore(IReadOnlyList<CocoDetection> detections, int maxDetections)
    {
        int[] order = StableOrder(detections.Count, (a, b) => detections[b].Score.CompareTo(detections[a].Score));
        var sorted = new CocoDetection[Math.Min(maxDetections, order.Length)];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = detections[order[i]];
        }

        return sorted;
    }

    /// <summary>
    /// IoU [detection, object] of boxes in <c>[x, y, width, height]</c> pixels, as pycocotools' <c>bbIou</c> computes
    /// it; for a crowd object the union is the detection's area alone.
    /// </summary>
    public static double[,] Iou(CocoDetection[] detections, IReadOnlyList<CocoAnnotation> objects)
    {
        var iou = new double[detections.Length, objects.Count];
        for (int g = 0; g < objects.Count; g++)
        {
            CocoAnnotation o = objects[g];
            double objectArea = o.Width * o.Height;
            for (int d = 0; d < detections.Length; d++)
            {
                CocoDetection box = detections[d];
                double width = Math.Min(box.Width + box.X, o.Width + o.X) - Math.Max(box.X, o.X);
                double height = Math.Min(box.Height + box.Y, o.Height + o.Y) - Math.Max(box.Y, o.Y);
                if (width <= 0 || height <= 0)
                {
                    continue;
                }

                double intersection = width * height;
                double detectionArea = box.Width * box.Height;
                double union = o.IsCrowd ? detectionArea : detectionArea + objectArea - intersection;
                iou[d, g] = intersection / union;
            }
        }

        return iou;
    }

    /// <summary>
    /// pycocotools' <c>evaluateImg</c> for one area range. <paramref name="detections"/> are score-sorted (see
    /// <see cref="SortByScore"/>), <paramref name="iou"/> is [detection, object] in <paramref name="objects"/>' order.
    /// </summary>
    public static CocoImageEvaluation Evaluate(
        CocoDetection[] detections, IReadOnlyList<CocoAnnotation> objects, double[,] iou, CocoAreaRange range, IReadOnlyList<double> thresholds)
    {
        (int[] order, bool[] ignored, int counted) = IgnoredLast(objects, range);
        var scores = new double[detections.Length];
        for (int d = 0; d < scores.Length; d++)
        {
            scores[d] = detections[d].Score;
        }

        var result = new CocoImageEvaluation(scores, thresholds.Count, counted);
        if (detections.Length > 0 && objects.Count > 0)
        {
            for (int t = 0; t < thresholds.Count; t++)
            {
                Match(t, thresholds[t], objects, order, ignored, iou, result);
            }
        }

        for (int d = 0; d < detections.Length; d++)
        {
            bool outside = !range.Contains(detections[d].Area);
            for (int t = 0; t < thresholds.Count; t++)
            {
                result.Ignored[t, d] |= outside && !result.Matched[t, d];
            }
        }

        return result;
    }

    /// <summary>Indices 0..count-1 sorted stably by <paramref name="compare"/>.</summary>
    private static int[] StableOrder(int count, Comparison<int> compare)
    {
        int[] order = [.. Enumerable.Range(0, count)];
        Array.Sort(order, (a, b) =>
        {
            int byKey = compare(a, b);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>
    /// The objects' order with those that count first and the ignored ones (crowd, or area outside the range) last,
    /// each group in file order (numpy's stable argsort of the ignore flags); the flags in that order; the count.
    /// </summary>
    private static (int[] Order, bool[] Ignored, int Counted) IgnoredLast(IReadOnlyList<CocoAnnotation> objects, CocoAreaRange range)
    {
        var order = new int[objects.Count];
        var ignored = new bool[objects.Count];
        int next = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int g = 0; g < objects.Count; g++)
            {
                bool ignore = objects[g].IsCrowd || !range.Contains(objects[g].Area);
                if (ignore == (pass == 1))
                {
                    ignored[next] = ignore;
                    order[next++] = g;
                }
            }
        }

        return (order, ignored, ignored.Count(i => !i));
    }

    private static void Match(
        int t, double threshold, IReadOnlyList<CocoAnnotation> objects, int[] order, bool[] ignored, double[,] iou, CocoImageEvaluation result)
    {
        var taken = new bool[order.Length];
        for (int d = 0; d < result.Scores.Length; d++)
        {
            double best = Math.Min(threshold, 1 - 1e-10);
            int m = -1;
            for (int g = 0; g < order.Length; g++)
            {
                if (taken[g] && !objects[order[g]].IsCrowd)
                {
                    continue;
                }

                if (m > -1 && !ignored[m] && ignored[g])
                {
                    break;
                }

                if (iou[d, order[g]] < best)
                {
                    continue;
                }

                best = iou[d, order[g]];
                m = g;
            }

            if (m == -1)
            {
                continue;
            }

            result.Ignored[t, d] = ignored[m];
            result.Matched[t, d] = true;
            taken[m] = true;
        }
    }
}
