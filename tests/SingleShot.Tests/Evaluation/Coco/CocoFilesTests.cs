using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

public sealed class CocoFilesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "singleshot-coco-" + Guid.NewGuid().ToString("N"));

    public CocoFilesTests()
    {
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public void Ground_truth_is_read_with_defaults_and_the_ignore_field_has_no_effect()
    {
        string path = Write("gt.json", """
            {"images": [{"id": 3, "width": 640, "height": 480}, {"id": 1}],
             "categories": [{"id": 5, "name": "dog"}, {"id": 2, "name": "cat"}],
             "annotations": [
               {"id": 1, "image_id": 3, "category_id": 5, "bbox": [1, 2, 3, 4], "area": 10.5, "iscrowd": 1},
               {"id": 2, "image_id": 1, "category_id": 2, "bbox": [0.5, 0, 8, 8], "area": 64.0, "ignore": 1}]}
            """);
        CocoGroundTruth truth = CocoGroundTruth.Load(path);
        Assert.Equal(new long[] { 1, 3 }, truth.ImageIds);
        Assert.Equal(new long[] { 2, 5 }, truth.SortedCategories.Select(c => c.Id));
        Assert.Equal(new CocoImage(1, 0, 0), truth.Images[1]);
        Assert.Equal(new CocoAnnotation(1, 3, 5, 1, 2, 3, 4, 10.5, IsCrowd: true), truth.Annotations[0]);

        // pycocotools' _prepare sets gt['ignore'] from iscrowd, overwriting the field: the object still counts.
        Assert.False(truth.Annotations[1].IsCrowd);
        CocoMetrics metrics = CocoEvaluator.Evaluate(truth, [new CocoDetection(1, 2, 0.9, 0.5, 0, 8, 8)]);
        Assert.Equal(1.0, metrics.Stats[8]);
    }

    [Fact]
    public void An_annotation_without_area_is_an_error_naming_the_file_and_the_annotation_id()
    {
        string path = Write("gt.json", """
            {"images": [{"id": 1}], "categories": [{"id": 1, "name": "a"}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16},
                             {"id": 77, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4, 4]}]}
            """);
        var error = Assert.Throws<InvalidDataException>(() => CocoGroundTruth.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("annotations[1] (id 77): 'area' is missing", error.Message);
    }

    [Theory]
    [InlineData("""{"id": 0, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16}""", "annotation id 0")]
    [InlineData("""{"id": 5, "image_id": 9, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16}""", "image_id 9 is not in 'images'")]
    [InlineData("""{"id": 5, "image_id": 1, "category_id": 4, "bbox": [0, 0, 4, 4], "area": 16}""", "category_id 4 is not in 'categories'")]
    [InlineData("""{"id": 5, "image_id": 1, "category_id": 1, "bbox": [0, 0, -4, 4], "area": 16}""", "width and height must be >= 0")]
    [InlineData("""{"id": 5, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4], "area": 16}""", "'bbox' must be [x, y, width, height]")]
    [InlineData("""{"id": 5, "image_id": 1.5, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16}""", "'image_id' must be an integer")]
    [InlineData("""{"id": 5, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16, "iscrowd": 2}""", "'iscrowd' must be 0 or 1")]
    public void Inconsistent_annotations_are_errors_that_say_what_is_wrong(string annotation, string message)
    {
        string path = Write("gt.json", $$"""{"images": [{"id": 1}], "categories": [{"id": 1, "name": "a"}], "annotations": [{{annotation}}]}""");
        var error = Assert.Throws<InvalidDataException>(() => CocoGroundTruth.Load(path));
        Assert.Contains(path + ": annotations[0]", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        string path = Write("gt.json", "{\"images\": [\n{\"id\": 1},\n]}");
        var error = Assert.Throws<InvalidDataException>(() => CocoGroundTruth.Load(path));
        Assert.StartsWith(path + ":3: not valid JSON", error.Message);
    }

    [Fact]
    public void Detection_errors_name_the_file_and_the_list_index()
    {
        string missing = Write("dt.json", """[{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 0.5}, {"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}]""");
        Assert.Contains(missing + ": [1]: 'score' is missing", Assert.Throws<InvalidDataException>(() => CocoDetections.Load(missing)).Message);
        string notList = Write("dt2.json", """{"annotations": []}""");
        Assert.Contains("JSON list", Assert.Throws<InvalidDataException>(() => CocoDetections.Load(notList)).Message);
    }

    [Fact]
    public void Written_results_read_back_to_the_same_doubles()
    {
        CocoDetection[] detections =
        [
            new(397133, 18, 0.1 + 0.2, 1e-5, 123456.789, 1.0 / 3, 2),
            new(1, 1, 1, 0, 0, 0, 0),
        ];
        string path = Path.Combine(_directory, "results.json");
        File.WriteAllText(path, "old");
        CocoDetections.Write(path, detections);
        Assert.Equal(detections, CocoDetections.Load(path));
        Assert.Single(Directory.GetFiles(_directory));
        Assert.Throws<ArgumentException>(() => CocoDetections.Write(path, [new CocoDetection(1, 1, double.NaN, 0, 0, 1, 1)]));
        Assert.Equal(detections, CocoDetections.Load(path));
    }

    [Fact]
    public void An_empty_results_list_is_read_and_evaluated()
    {
        string gt = Write("gt.json", """
            {"images": [{"id": 1}], "categories": [{"id": 1, "name": "a"}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 4, 4], "area": 16}]}
            """);
        string dt = Write("dt.json", "[]");
        CocoMetrics metrics = CocoEvaluator.Evaluate(CocoGroundTruth.Load(gt), CocoDetections.Load(dt));
        Assert.Equal(0.0, metrics.Stats[0]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
