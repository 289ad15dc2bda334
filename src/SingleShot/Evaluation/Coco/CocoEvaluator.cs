using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SingleShot.Evaluation.Coco;

/// <summary>
/// COCO box detection metrics, identical to pycocotools' <c>COCOeval</c> with <c>iouType='bbox'</c> and default
/// parameters (<see cref="CocoEvalParameters"/>): per image and category the detections are sorted stably by
/// score and cut to 100, matched greedily to objects (IoU &gt;= threshold, best IoU among unmatched objects, crowd
/// regions absorb any number of detections and are ignored), then accumulated over images and summarized into
/// the 12 standard numbers. Unlike pycocotools, an empty detection list is evaluated (every detection missed)
/// instead of crashing. Not responsible for running a model or converting its boxes to pixels.
/// </summary>
public static class CocoEvaluator
{
    /// <summary>Evaluates <paramref name="detections"/> against <paramref name="groundTruth"/>.</summary>
    /// <param name="groundTruth">The images, categories and objects.</param>
    /// <param name="detections">Boxes <c>[x, y, width, height]</c> in pixels, in any order; the order of equal scores matters (stable sort).</param>
    /// <param name="options">The images to evaluate; null for all.</param>
    /// <exception cref="ArgumentException">
    /// A detection's image is not an image of the ground truth (named by id), a detection has a non-finite value or a
    /// negative size, or an option names an unknown image.
    /// </exception>
    public static CocoMetrics Evaluate(CocoGroundTruth groundTruth, IReadOnlyList<CocoDetection> detections, CocoEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groundTruth);
        ArgumentNullException.ThrowIfNull(detections);
        long[] imageIds = SelectImages(groundTruth, options);
        Dictionary<(long ImageId, long CategoryId), List<CocoDetection>> groups = Group(groundTruth, detections, imageIds);
        IReadOnlyList<CocoCategory> categories = groundTruth.SortedCategories;
        int t = CocoEvalParameters.IouThresholds.Count;
        int a = CocoEvalParameters.AreaRanges.Count;
        int m = CocoEvalParameters.MaxDetections.Count;
        var precision = new double[t, CocoEvalParameters.RecallThresholds.Count, categories.Count, a, m];
        var recall = new double[t, categories.Count, a, m];
        FillWithMinusOne(precision);
        FillWithMinusOne(recall);
        for (int k = 0; k < categories.Count; k++)
        {
            CocoAccumulator.Accumulate(EvaluateCategory(groundTruth, groups, imageIds, categories[k].Id), k, precision, recall);
        }

        return new CocoMetrics(categories, imageIds, precision, recall);
    }

    private static List<CocoImageEvaluation>[] EvaluateCategory(
        CocoGroundTruth groundTruth, Dictionary<(long ImageId, long CategoryId), List<CocoDetection>> groups, long[] imageIds, long categoryId)
    {
        IReadOnlyList<CocoAreaRange> ranges = CocoEvalParameters.AreaRanges;
        List<CocoImageEvaluation>[] byArea = [.. ranges.Select(_ => new List<CocoImageEvaluation>())];
        foreach (long imageId in imageIds)
        {
            IReadOnlyList<CocoAnnotation> objects = groundTruth.AnnotationsOf(imageId, categoryId);
            IReadOnlyList<CocoDetection> found = groups.TryGetValue((imageId, categoryId), out List<CocoDetection>? list) ? list : [];
            if (objects.Count == 0 && found.Count == 0)
            {
                continue;
            }

            CocoDetection[] sorted = CocoImageMatcher.SortByScore(found, CocoEvalParameters.MaxDetections[^1]);
            double[,] iou = CocoImageMatcher.Iou(sorted, objects);
            for (int a = 0; a < ranges.Count; a++)
            {
                byArea[a].Add(CocoImageMatcher.Evaluate(sorted, objects, iou, ranges[a], CocoEvalParameters.IouThresholds));
            }
        }

        return byArea;
    }

    private static long[] SelectImages(CocoGroundTruth groundTruth, CocoEvaluationOptions? options)
    {
        if (options?.ImageIds is not { } chosen)
        {
            return [.. groundTruth.ImageIds];
        }

        foreach (long id in chosen)
        {
            if (!groundTruth.ContainsImage(id))
            {
                throw new ArgumentException($"CocoEvaluationOptions.ImageIds: image id {id} is not an image of the ground truth.");
            }
        }

        return [.. chosen.Distinct().Order()];
    }

    /// <summary>Detections by (image, category) in input order, keeping only evaluated images and known categories.</summary>
    private static Dictionary<(long ImageId, long CategoryId), List<CocoDetection>> Group(
        CocoGroundTruth groundTruth, IReadOnlyList<CocoDetection> detections, long[] imageIds)
    {
        var images = new HashSet<long>(imageIds);
        var categories = new HashSet<long>(groundTruth.Categories.Select(c => c.Id));
        var groups = new Dictionary<(long ImageId, long CategoryId), List<CocoDetection>>();
        for (int i = 0; i < detections.Count; i++)
        {
            CocoDetection detection = detections[i];
            if (!groundTruth.ContainsImage(detection.ImageId))
            {
                throw new ArgumentException(
                    $"detections[{i}]: image_id {detection.ImageId} is not an image of the ground truth (the detections do not belong to this dataset).");
            }

            if (CocoDetections.Problem(detection) is { } problem)
            {
                throw new ArgumentException($"detections[{i}] (image_id {detection.ImageId}): {problem}.");
            }

            if (!images.Contains(detection.ImageId) || !categories.Contains(detection.CategoryId))
            {
                continue;
            }

            if (!groups.TryGetValue((detection.ImageId, detection.CategoryId), out List<CocoDetection>? group))
            {
                group = [];
                groups.Add((detection.ImageId, detection.CategoryId), group);
            }

            group.Add(detection);
        }

        return groups;
    }

    private static void FillWithMinusOne(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length).Fill(-1);
}
