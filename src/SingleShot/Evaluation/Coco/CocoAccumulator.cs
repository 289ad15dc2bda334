namespace SingleShot.Evaluation.Coco;

/// <summary>
/// pycocotools' <c>accumulate</c> for one category, per area range and maxDets: the detections of all images (each
/// image's list cut to maxDets) are concatenated in image order and sorted stably by score; cumulative true and false positives
/// give recall and precision, the precision is made monotone from the right and read at each recall threshold with
/// a left binary search (0 past the highest recall reached).
/// </summary>
internal static class CocoAccumulator
{
    /// <summary><c>np.spacing(1)</c> = 2^-52, added to precision's denominator by pycocotools.</summary>
    private const double Spacing1 = 2.220446049250313e-16;

    /// <summary>
    /// Fills <c>precision[:, :, k, :, :]</c> and <c>recall[:, k, :, :]</c> from the image evaluations of category
    /// <paramref name="k"/>, one list per area range, each holding the same images in image order (an image has an
    /// evaluation when it has objects or detections of the category, whatever the range). Entries stay -1 when there
    /// are no evaluations or no object that counts.
    /// </summary>
    public static void Accumulate(IReadOnlyList<CocoImageEvaluation>[] byArea, int k, double[,,,,] precision, double[,,,] recall)
    {
        if (byArea[0].Count == 0)
        {
            return;
        }

        // The scores are the same in every area range, so one ranking serves all; cutting each image's list to
        // maxDets keeps the relative order of what remains.
        CocoRankedDetection[] ranked = Rank(byArea[0]);
        IReadOnlyList<int> maxDetections = CocoEvalParameters.MaxDetections;
        for (int m = 0; m < maxDetections.Count; m++)
        {
            int maxDetection = maxDetections[m];
            CocoRankedDetection[] kept = [.. ranked.Where(r => r.Detection < maxDetection)];
            for (int a = 0; a < byArea.Length; a++)
            {
                AccumulateRange(byArea[a], kept, (k, a, m), precision, recall);
            }
        }
    }

    private static void AccumulateRange(
        IReadOnlyList<CocoImageEvaluation> images, CocoRankedDetection[] ranked, (int K, int A, int M) at, double[,,,,] precision, double[,,,] recall)
    {
        int counted = images.Sum(e => e.CountedObjects);
        if (counted == 0)
        {
            return;
        }

        IReadOnlyList<double> thresholds = CocoEvalParameters.RecallThresholds;
        for (int t = 0; t < CocoEvalParameters.IouThresholds.Count; t++)
        {
            (double[] rc, double[] pr) = Curve(images, ranked, t, counted);
            recall[t, at.K, at.A, at.M] = rc.Length > 0 ? rc[^1] : 0;
            Envelope(pr);
            for (int r = 0; r < thresholds.Count; r++)
            {
                int i = LowerBound(rc, thresholds[r]);
                precision[t, r, at.K, at.A, at.M] = i < pr.Length ? pr[i] : 0;
            }
        }
    }

    private static CocoRankedDetection[] Rank(IReadOnlyList<CocoImageEvaluation> images)
    {
        var ranked = new CocoRankedDetection[images.Sum(e => e.Scores.Length)];
        int next = 0;
        for (int image = 0; image < images.Count; image++)
        {
            double[] scores = images[image].Scores;
            for (int d = 0; d < scores.Length; d++)
            {
                ranked[next++] = new CocoRankedDetection(scores[d], image, d);
            }
        }

        Array.Sort(ranked);
        return ranked;
    }

    private static (double[] Recall, double[] Precision) Curve(IReadOnlyList<CocoImageEvaluation> images, CocoRankedDetection[] ranked, int t, int counted)
    {
        var rc = new double[ranked.Length];
        var pr = new double[ranked.Length];
        double tp = 0;
        double fp = 0;
        for (int i = 0; i < ranked.Length; i++)
        {
            CocoImageEvaluation image = images[ranked[i].Image];
            int d = ranked[i].Detection;
            if (!image.Ignored[t, d])
            {
                if (image.Matched[t, d])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }
            }

            rc[i] = tp / counted;
            pr[i] = tp / (fp + tp + Spacing1);
        }

        return (rc, pr);
    }

    private static void Envelope(double[] pr)
    {
        for (int i = pr.Length - 1; i > 0; i--)
        {
            if (pr[i] > pr[i - 1])
            {
                pr[i - 1] = pr[i];
            }
        }
    }

    /// <summary><c>np.searchsorted(sorted, value, side='left')</c>: the first index whose value is &gt;= <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int mid = low + ((high - low) / 2);
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
