using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

/// <summary>
/// Hand-computed cases for the rules of pycocotools' COCOeval that are easy to get wrong. Expected values follow
/// from the definitions: precision after k true positives and f false positives is k / (k + f + 2^-52), so one
/// true positive alone gives <see cref="OneTruePositive"/>; AP averages 10 IoU thresholds x 101 recall thresholds.
/// </summary>
public sealed class CocoEvaluatorRuleTests
{
    private const double OneTruePositive = 1 / (1 + 2.220446049250313e-16);
    private const double Tolerance = 1e-12;

    [Fact]
    public void A_crowd_region_absorbs_several_detections_which_are_ignored()
    {
        // Two detections lie inside the crowd region (intersection / detection area = 1), one hits the only object.
        CocoDetection[] detections = [Det(1, 0.9, 10, 10, 20, 20), Det(1, 0.8, 50, 50, 20, 20), Det(1, 0.7, 200, 200, 50, 50)];
        CocoMetrics crowd = Evaluate([Box(1, 1, 0, 0, 100, 100, crowd: true), Box(2, 1, 200, 200, 50, 50)], detections);

        // Every threshold: ignored, ignored, TP -> precision 1 / (1 + eps) at every recall; recall 1.
        Assert.Equal(OneTruePositive, crowd.Stats[0], Tolerance);
        Assert.Equal(1.0, crowd.Stats[8]);

        // maxDets 1 keeps only the best-scored detection, which the crowd absorbs: nothing is found.
        Assert.Equal(0.0, crowd.Stats[6]);
        Assert.Equal(1.0, crowd.Stats[7]);

        // The same region as an ordinary object: the two detections are false positives (IoU 0.04 with it) and
        // the object is missed: precision 1/3 up to recall 0.5 (51 of 101 recall thresholds), then 0.
        CocoMetrics ordinary = Evaluate([Box(1, 1, 0, 0, 100, 100), Box(2, 1, 200, 200, 50, 50)], detections);
        Assert.Equal(51.0 / 101 / 3, ordinary.Stats[0], Tolerance);
        Assert.Equal(0.5, ordinary.Stats[8]);
    }

    [Fact]
    public void A_detection_that_misses_its_object_at_high_iou_falls_on_a_crowd_region_and_is_ignored()
    {
        // Image 1: object [0,0,10,10] inside a crowd region; the detection [0,0,10,7] has IoU 0.7 with the object
        // and 70 / 70 = 1 with the region. Image 2: an exactly detected object with a lower score.
        CocoMetrics metrics = Evaluate(
            [Box(1, 1, 0, 0, 10, 10), Box(2, 1, 0, 0, 100, 100, crowd: true), Box(3, 2, 0, 0, 10, 10)],
            [Det(1, 0.9, 0, 0, 10, 7), Det(2, 0.5, 0, 0, 10, 10)]);

        // IoU thresholds 0.50..0.70: two true positives, precision 1 everywhere. 0.75..0.95: the first detection is
        // ignored (not a false positive), so precision is 1 / (1 + eps) up to recall 0.5 and 0 beyond.
        double expected = ((5 * 101 * 1.0) + (5 * 51 * OneTruePositive)) / 1010;
        Assert.Equal(expected, metrics.Stats[0], Tolerance);
        Assert.Equal(1.0, metrics.Stats[1]);
        Assert.Equal(51 * OneTruePositive / 101, metrics.Stats[2], Tolerance);
        Assert.Equal(0.75, metrics.Stats[8]);
    }

    [Fact]
    public void Area_ranges_include_both_ends()
    {
        // An object of area exactly 32^2 is small and medium; an unmatched detection of area exactly 96^2 (ranked
        // first) is a false positive in medium and large but ignored in small.
        CocoMetrics metrics = Evaluate([Box(1, 1, 0, 0, 32, 32)], [Det(1, 0.9, 100, 100, 96, 96), Det(1, 0.8, 0, 0, 32, 32)]);
        Assert.Equal(OneTruePositive, metrics.Stats[3], Tolerance); // small: ignored, TP
        Assert.Equal(0.5, metrics.Stats[4], Tolerance); // medium: FP, TP -> precision 1/2 at every recall
        Assert.Equal(-1.0, metrics.Stats[5]); // large: no object
        Assert.Equal(new[] { 1.0, 1.0, -1.0 }, metrics.Stats.Skip(9));
    }

    [Fact]
    public void Equal_scores_across_images_rank_in_image_id_order_whatever_the_input_order()
    {
        // Image 1 (lower id) holds the true positive: TP then FP -> precision 1 / (1 + eps) at every recall.
        CocoMetrics first = Evaluate([Box(1, 1, 0, 0, 10, 10)], [Det(2, 0.5, 50, 50, 10, 10), Det(1, 0.5, 0, 0, 10, 10)]);
        Assert.Equal(OneTruePositive, first.Stats[0], Tolerance);

        // Image 1 holds the false positive: FP then TP -> precision 1/2.
        CocoMetrics second = Evaluate([Box(1, 2, 0, 0, 10, 10)], [Det(2, 0.5, 0, 0, 10, 10), Det(1, 0.5, 50, 50, 10, 10)]);
        Assert.Equal(0.5, second.Stats[0], Tolerance);
    }

    [Fact]
    public void Equal_scores_within_an_image_keep_their_input_order_for_max_dets()
    {
        CocoAnnotation[] truth = [Box(1, 1, 0, 0, 10, 10)];
        CocoMetrics missFirst = Evaluate(truth, [Det(1, 0.5, 50, 50, 10, 10), Det(1, 0.5, 0, 0, 10, 10)]);
        Assert.Equal(0.0, missFirst.Stats[6]); // AR@1 keeps the miss
        Assert.Equal(1.0, missFirst.Stats[7]);
        CocoMetrics hitFirst = Evaluate(truth, [Det(1, 0.5, 0, 0, 10, 10), Det(1, 0.5, 50, 50, 10, 10)]);
        Assert.Equal(1.0, hitFirst.Stats[6]);
    }

    [Fact]
    public void A_detection_matches_the_unmatched_object_of_highest_iou()
    {
        // The first detection overlaps A with IoU 70/130 and B with IoU 90/110: it takes B, leaving A to the exact
        // second detection. Taking the first object above 0.5 (A) would leave the second one a false positive.
        CocoMetrics metrics = Evaluate(
            [Box(1, 1, 0, 0, 10, 10), Box(2, 1, 4, 0, 10, 10)],
            [Det(1, 0.9, 3, 0, 10, 10), Det(1, 0.8, 0, 0, 10, 10)]);
        Assert.Equal(1.0, metrics.Stats[1]);
    }

    [Fact]
    public void Detections_of_categories_unknown_to_the_ground_truth_are_ignored()
    {
        CocoAnnotation[] truth = [Box(1, 1, 0, 0, 10, 10)];
        CocoMetrics without = Evaluate(truth, [Det(1, 0.5, 0, 0, 10, 10)]);
        CocoMetrics with = Evaluate(truth, [Det(1, 0.9, 0, 0, 10, 10, category: 99), Det(1, 0.5, 0, 0, 10, 10)]);
        Assert.Equal(without.Stats, with.Stats);
        Assert.Equal(without.Precision.Cast<double>(), with.Precision.Cast<double>());
        Assert.Equal(2, with.Precision.GetLength(2));
    }

    [Fact]
    public void A_category_without_ground_truth_gives_minus_one_and_stays_out_of_the_means()
    {
        // Category 2 has only false positives and no object: -1, and the mean over categories is category 1's AP.
        CocoMetrics metrics = Evaluate([Box(1, 1, 0, 0, 10, 10)], [Det(1, 0.9, 0, 0, 10, 10, category: 2), Det(1, 0.5, 0, 0, 10, 10)]);
        Assert.Equal(-1.0, metrics.PerCategoryAp[2]);
        Assert.Equal(OneTruePositive, metrics.PerCategoryAp[1], Tolerance);
        Assert.Equal(metrics.PerCategoryAp[1], metrics.Stats[0]);
        Assert.Equal(-1.0, metrics.Recall[0, 1, 0, 2]);
    }

    [Fact]
    public void An_empty_detection_list_gives_zeros_where_objects_exist_and_minus_one_elsewhere()
    {
        // pycocotools' loadRes crashes on an empty list (it reads anns[0]); here every object is simply missed.
        CocoMetrics metrics = Evaluate([Box(1, 1, 0, 0, 10, 10), Box(2, 2, 0, 0, 20, 20)], []);
        Assert.Equal(new[] { 0.0, 0, 0, 0, -1, -1, 0, 0, 0, 0, -1, -1 }, metrics.Stats);
        Assert.Equal(0.0, metrics.Precision[0, 0, 0, 0, 2]);
        Assert.Equal(-1.0, metrics.Precision[0, 0, 0, 2, 2]);
    }

    [Fact]
    public void Detections_on_an_image_outside_the_ground_truth_are_an_error_naming_the_image()
    {
        var error = Assert.Throws<ArgumentException>(() => Evaluate([Box(1, 1, 0, 0, 10, 10)], [Det(1, 0.5, 0, 0, 10, 10), Det(42, 0.5, 0, 0, 10, 10)]));
        Assert.Contains("detections[1]", error.Message);
        Assert.Contains("image_id 42", error.Message);
    }

    [Fact]
    public void A_subset_of_images_leaves_the_other_images_out()
    {
        CocoAnnotation[] truth = [Box(1, 1, 0, 0, 10, 10), Box(2, 2, 0, 0, 10, 10)];
        CocoDetection[] detections = [Det(2, 0.9, 50, 50, 10, 10), Det(1, 0.5, 0, 0, 10, 10)];
        CocoMetrics all = CocoEvaluator.Evaluate(Truth(truth), detections);
        CocoMetrics one = CocoEvaluator.Evaluate(Truth(truth), detections, new CocoEvaluationOptions { ImageIds = [1, 1] });
        Assert.Equal(new long[] { 1, 2, 3 }, all.ImageIds);
        Assert.Equal(new long[] { 1 }, one.ImageIds);
        Assert.Equal(OneTruePositive, one.Stats[0], Tolerance);
        Assert.True(all.Stats[0] < 0.6);
        Assert.Throws<ArgumentException>(() => CocoEvaluator.Evaluate(Truth(truth), detections, new CocoEvaluationOptions { ImageIds = [7] }));
    }

    [Fact]
    public void Named_metrics_use_the_tf_object_detection_api_names()
    {
        CocoMetrics metrics = Evaluate([Box(1, 1, 0, 0, 10, 10)], [Det(1, 0.5, 0, 0, 10, 10)]);
        IReadOnlyList<(string Name, double Value)> named = metrics.NamedMetrics(perCategory: true);
        Assert.Equal(
            [
                "DetectionBoxes_Precision/mAP", "DetectionBoxes_Precision/mAP@.50IOU", "DetectionBoxes_Precision/mAP@.75IOU",
                "DetectionBoxes_Precision/mAP (small)", "DetectionBoxes_Precision/mAP (medium)", "DetectionBoxes_Precision/mAP (large)",
                "DetectionBoxes_Recall/AR@1", "DetectionBoxes_Recall/AR@10", "DetectionBoxes_Recall/AR@100",
                "DetectionBoxes_Recall/AR@100 (small)", "DetectionBoxes_Recall/AR@100 (medium)", "DetectionBoxes_Recall/AR@100 (large)",
                "DetectionBoxes_PerformanceByCategory/mAP/circle", "DetectionBoxes_PerformanceByCategory/mAP/square",
            ],
            named.Select(n => n.Name));
        Assert.Equal(metrics.Stats, named.Take(12).Select(n => n.Value));
        Assert.Equal(12, metrics.NamedMetrics(perCategory: false).Count);
    }

    private static CocoMetrics Evaluate(CocoAnnotation[] annotations, CocoDetection[] detections) =>
        CocoEvaluator.Evaluate(Truth(annotations), detections);

    private static CocoGroundTruth Truth(CocoAnnotation[] annotations) =>
        new([new CocoImage(1, 640, 480), new CocoImage(2, 640, 480), new CocoImage(3, 640, 480)], [new CocoCategory(2, "square"), new CocoCategory(1, "circle")], annotations);

    private static CocoAnnotation Box(long id, long image, double x, double y, double width, double height, bool crowd = false) =>
        new(id, image, 1, x, y, width, height, width * height, crowd);

    private static CocoDetection Det(long image, double score, double x, double y, double width, double height, long category = 1) =>
        new(image, category, score, x, y, width, height);
}
