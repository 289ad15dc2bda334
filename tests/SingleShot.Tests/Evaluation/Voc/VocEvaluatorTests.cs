using SingleShot.Evaluation.Voc;

namespace SingleShot.Tests.Evaluation.Voc;

/// <summary>The VOC protocol's rules on tiny cases whose expected values are computed by hand in the comments.</summary>
public sealed class VocEvaluatorTests
{
    private const double Tolerance = 1e-12;

    private static readonly VocEvaluationOptions s_area = new() { Method = VocApMethod.Voc10Area };
    private static readonly VocEvaluationOptions s_elevenPoint = new() { Method = VocApMethod.Voc07ElevenPoint };

    [Fact]
    public void A_detection_of_a_difficult_object_is_neither_true_nor_false_and_difficult_objects_are_not_positives()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9), Car("a", 20, 20, 29, 29) with { Difficult = true }];
        VocDetection[] detections = [Det("a", 0.9, 20, 20, 29, 29), Det("a", 0.8, 0, 0, 9, 9)];

        VocClassResult car = VocEvaluator.Evaluate(truth, detections, s_area).PerClass["car"];

        // npos = 1. Ranked: the difficult match adds nothing (tp = fp = 0, precision 0 / eps = 0), then a TP.
        Assert.Equal(1, car.NumPositives);
        Assert.Equal([0.0, 1.0], car.Precision);
        Assert.Equal([0.0, 1.0], car.Recall);
        Assert.Equal(1.0, car.AveragePrecision, Tolerance);
    }

    [Fact]
    public void A_second_detection_of_a_matched_object_is_a_false_positive_without_falling_back_to_another_object()
    {
        // g1 = (0,0,9,9); g2 = (1,1,10,10) overlaps it: IoU = 81 / (100 + 100 - 81) = 0.68 with the +1 convention.
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9), Car("a", 1, 1, 10, 10)];
        VocDetection[] detections = [Det("a", 0.9, 0, 0, 9, 9), Det("a", 0.8, 0, 0, 9, 9)];

        VocClassResult area = VocEvaluator.Evaluate(truth, detections, s_area).PerClass["car"];
        VocClassResult elevenPoint = VocEvaluator.Evaluate(truth, detections, s_elevenPoint).PerClass["car"];

        // The duplicate's best object is g1 (IoU 1), already taken: FP, although g2 (IoU 0.68) is free.
        Assert.Equal([1.0, 0.5], area.Precision);
        Assert.Equal([0.5, 0.5], area.Recall);

        // Area: recall 0 -> 0.5 at envelope precision 1, 0.5 -> 1 at the sentinel 0: AP = 0.5.
        Assert.Equal(0.5, area.AveragePrecision, Tolerance);

        // 11-point: levels 0 ... 0.5 (six) reach precision 1, the five above reach nothing: 6 / 11.
        Assert.Equal(6.0 / 11.0, elevenPoint.AveragePrecision, Tolerance);
    }

    [Fact]
    public void Iou_of_exactly_the_threshold_is_not_a_match()
    {
        // +1 convention: gt (0,0,99,99) is 100 x 100; (0,0,99,49) is 100 x 50 inside it: IoU = 5000 / 10000 = 0.5.
        // (0,0,99,50) is 100 x 51: IoU = 5100 / 10000 = 0.51.
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 99, 99), Car("b", 0, 0, 99, 99)];
        VocDetection[] detections = [Det("a", 0.9, 0, 0, 99, 49), Det("b", 0.8, 0, 0, 99, 50)];
        Assert.Equal(0.5, VocClassEvaluation.Iou(detections[0], truth[0], pad: 1.0));
        Assert.Equal(0.51, VocClassEvaluation.Iou(detections[1], truth[1], pad: 1.0), Tolerance);

        VocClassResult car = VocEvaluator.Evaluate(truth, detections, s_area).PerClass["car"];

        Assert.Equal([0.0, 0.5], car.Precision);
        Assert.Equal([0.0, 0.5], car.Recall);
    }

    [Fact]
    public void The_plus_one_pixel_convention_can_be_turned_off_for_continuous_coordinates()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 3, 3)];
        VocDetection[] detections = [Det("a", 0.9, 1, 1, 3, 3)];

        // +1: gt 4 x 4 = 16, detection 3 x 3 = 9 inside it: IoU 9/16 = 0.5625 > 0.5, a TP.
        // Continuous: gt 3 x 3 = 9, detection 2 x 2 = 4: IoU 4/9 = 0.444, a FP.
        Assert.Equal(9.0 / 16.0, VocClassEvaluation.Iou(detections[0], truth[0], pad: 1.0));
        Assert.Equal(4.0 / 9.0, VocClassEvaluation.Iou(detections[0], truth[0], pad: 0.0));
        VocMetrics pixels = VocEvaluator.Evaluate(truth, detections, s_area);
        VocMetrics continuous = VocEvaluator.Evaluate(truth, detections, s_area with { InclusivePixelCoordinates = false });

        Assert.Equal(1.0, pixels.Map);
        Assert.Equal(0.0, continuous.Map);
        Assert.Contains("+1 pixel convention", pixels.Protocol, StringComparison.Ordinal);
        Assert.Contains("continuous coordinates", continuous.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Eleven_point_and_area_definitions_differ_on_a_tiny_curve()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9), Car("a", 100, 100, 109, 109)];
        VocDetection[] detections = [Det("a", 0.9, 0, 0, 9, 9), Det("a", 0.8, 200, 200, 209, 209), Det("a", 0.7, 100, 100, 109, 109)];

        VocMetrics area = VocEvaluator.Evaluate(truth, detections, s_area);
        VocMetrics elevenPoint = VocEvaluator.Evaluate(truth, detections, s_elevenPoint);

        // TP, FP, TP: precision 1, 1/2, 2/3 at recall 1/2, 1/2, 1.
        Assert.Equal([1.0, 0.5, 2.0 / 3.0], area.PerClass["car"].Precision);
        Assert.Equal([0.5, 0.5, 1.0], area.PerClass["car"].Recall);

        // Area: envelope 1 on (0, 0.5], 2/3 on (0.5, 1]: 0.5 + 1/3 = 5/6.
        Assert.Equal(5.0 / 6.0, area.PerClassAp["car"], Tolerance);

        // 11-point: levels 0 ... 0.5 (six) take 1, levels 0.6 ... 1 (five) take 2/3: (6 + 10/3) / 11 = 28/33.
        Assert.Equal(28.0 / 33.0, elevenPoint.PerClassAp["car"], Tolerance);
        Assert.Equal(VocApMethod.Voc07ElevenPoint, elevenPoint.Method);
    }

    [Fact]
    public void A_class_without_positives_has_nan_ap_and_is_left_out_of_the_mean()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9), new("a", "bus", 50, 50, 59, 59, Difficult: true)];
        VocDetection[] detections = [Det("a", 0.9, 0, 0, 9, 9), Det("a", 0.8, 0, 0, 9, 9) with { ClassName = "dog" }];

        VocMetrics metrics = VocEvaluator.Evaluate(truth, detections, s_area);

        // bus has only a difficult object, dog only a detection: neither has a positive.
        Assert.Equal(["bus", "car", "dog"], metrics.Classes.Select(c => c.ClassName));
        Assert.True(double.IsNaN(metrics.PerClassAp["bus"]));
        Assert.True(double.IsNaN(metrics.PerClassAp["dog"]));
        Assert.Equal(0, metrics.PerClass["dog"].NumPositives);
        Assert.Equal([0.0], metrics.PerClass["dog"].Precision);
        Assert.True(double.IsNaN(metrics.PerClass["dog"].Recall[0]));
        Assert.Equal(1.0, metrics.Map);

        VocMetrics listed = VocEvaluator.Evaluate(truth, detections, s_elevenPoint with { ClassNames = ["dog", "car", "bus", "cat"] });
        Assert.Equal(["dog", "car", "bus", "cat"], listed.Classes.Select(c => c.ClassName));
        Assert.True(double.IsNaN(listed.PerClassAp["cat"]));
        Assert.Equal(1.0, listed.Map, Tolerance);
        Assert.True(double.IsNaN(VocEvaluator.Evaluate([], detections, s_area).Map));
    }

    [Fact]
    public void Equal_scores_keep_the_input_order()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9)];
        VocDetection miss = Det("b", 0.5, 0, 0, 9, 9);
        VocDetection hit = Det("a", 0.5, 0, 0, 9, 9);

        // FP then TP: precision 0, 1/2; area 1 * 1/2. TP then FP: precision 1, 1/2; area 1.
        Assert.Equal(0.5, VocEvaluator.Evaluate(truth, [miss, hit], s_area).Map);
        Assert.Equal(1.0, VocEvaluator.Evaluate(truth, [hit, miss], s_area).Map);
    }

    [Fact]
    public void Named_metrics_use_the_tf_object_detection_api_names()
    {
        VocMetrics metrics = VocEvaluator.Evaluate([Car("a", 0, 0, 9, 9)], [Det("a", 0.9, 0, 0, 9, 9)], s_area);

        Assert.Equal(
            [new("PascalBoxes_Precision/mAP@0.5IOU", 1.0), new("PascalBoxes_PerformanceByCategory/AP@0.5IOU/car", 1.0)],
            metrics.NamedMetrics());
        Assert.StartsWith(
            "PascalBoxes_Precision/mAP@0.75IOU",
            VocEvaluator.Evaluate([], [], s_area with { IouThreshold = 0.75 }).NamedMetrics()[0].Key,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_records_are_rejected_with_a_message_naming_them()
    {
        VocGroundTruthObject[] truth = [Car("a", 0, 0, 9, 9)];
        Assert.Contains(
            "detection 1 (image 'a', class 'car'): the box (9, 0, 0, 9) has x2 < x1",
            Assert.Throws<ArgumentException>(() => VocEvaluator.Evaluate(truth, [Det("a", 0.9, 0, 0, 9, 9), Det("a", 0.8, 9, 0, 0, 9)], s_area)).Message,
            StringComparison.Ordinal);
        Assert.Contains(
            "the score must be finite",
            Assert.Throws<ArgumentException>(() => VocEvaluator.Evaluate(truth, [Det("a", double.NaN, 0, 0, 9, 9)], s_area)).Message,
            StringComparison.Ordinal);
        Assert.Contains(
            "ground-truth object 0 (image 'a', class 'car'): the class 'car' is not one of the evaluated classes (dog)",
            Assert.Throws<ArgumentException>(() => VocEvaluator.Evaluate(truth, [], s_area with { ClassNames = ["dog"] })).Message,
            StringComparison.Ordinal);
        Assert.Contains(
            "the image 'z' is not in the evaluated image set",
            Assert.Throws<ArgumentException>(() => VocEvaluator.Evaluate(truth, [Det("z", 0.5, 0, 0, 1, 1)], s_area with { ImageIds = ["a"] })).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => VocEvaluator.Evaluate(truth, [], s_area with { IouThreshold = 1.0 }));
    }

    private static VocGroundTruthObject Car(string image, double x1, double y1, double x2, double y2) => new(image, "car", x1, y1, x2, y2, Difficult: false);

    private static VocDetection Det(string image, double score, double x1, double y1, double x2, double y2) => new(image, "car", score, x1, y1, x2, y2);
}
