using SingleShot.Data.Formats;
using SingleShot.Evaluation.Voc;

namespace SingleShot.Tests.Evaluation.Voc;

/// <summary>Reading VOC ground truth and detection files: image-set lookup, raw pixel boxes, and located errors.</summary>
public sealed class VocEvaluationInputsTests : IDisposable
{
    private const string Annotation = """
        <annotation>
          <filename>000001.jpg</filename>
          <size><width>500</width><height>375</height><depth>3</depth></size>
          <object>
            <name> dog </name>
            <difficult>1</difficult>
            <bndbox><xmin>48</xmin><ymin>240</ymin><xmax>195</xmax><ymax>371</ymax></bndbox>
            <part><name>head</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</ymax></bndbox></part>
          </object>
          <object>
            <name>person</name>
            <bndbox><xmin>8</xmin><ymin>12.5</ymin><xmax>352</xmax><ymax>498</ymax></bndbox>
          </object>
        </annotation>
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "singleshot-voc-eval-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Ground_truth_keeps_pixels_difficult_flags_and_images_without_objects()
    {
        Write("Annotations/000001.xml", Annotation);
        Write("Annotations/000002.xml", "<annotation><size><width>5</width><height>5</height></size></annotation>");
        Write("ImageSets/Main/test.txt", "000001\n\n000002  -1\n");

        VocGroundTruthSet set = VocEvaluationInputs.LoadGroundTruth(_root, null, "test");

        Assert.Equal(["000001", "000002"], set.ImageIds);
        Assert.Equal(
            [new VocGroundTruthObject("000001", "dog", 48, 240, 195, 371, true), new VocGroundTruthObject("000001", "person", 8, 12.5, 352, 498, false)],
            set.Objects);
        Assert.Equal(Path.Combine(_root, "ImageSets", "Main", "test.txt"), set.ImageSetFile);
        Assert.Equal(set.ImageIds, set.Options(VocApMethod.Voc10Area).ImageIds);
    }

    [Fact]
    public void The_image_set_is_found_by_split_by_file_or_as_the_only_list()
    {
        Write("Annotations/a.xml", Annotation);
        Write("Annotations/b.xml", Annotation);
        Write("ImageSets/val.txt", "a\n");
        Assert.Equal(["a"], VocEvaluationInputs.LoadGroundTruth(_root, null, null).ImageIds);
        Assert.Equal(["a"], VocEvaluationInputs.LoadGroundTruth(_root, null, "val").ImageIds);

        Write("ImageSets/Main/val.txt", "b\n");
        Write("lists/mine.txt", "a\nb\n");
        Assert.Equal(["b"], VocEvaluationInputs.LoadGroundTruth(_root, null, "val").ImageIds);
        Assert.Equal(["a", "b"], VocEvaluationInputs.LoadGroundTruth(_root, Path.Combine(_root, "lists", "mine.txt"), null).ImageIds);

        var several = Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadGroundTruth(_root, null, null));
        Assert.Contains("there are 2 image-set lists; name one: ", several.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("ImageSets", "Main", "val.txt"), several.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "test"));
        Assert.Contains("no image-set list for split 'test'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ground_truth_problems_name_the_file_and_line()
    {
        Write("Annotations/a.xml", Annotation.Replace("<xmax>195</xmax>", "<xmax>x</xmax>", StringComparison.Ordinal));
        Write("Annotations/b.xml", Annotation.Replace("<difficult>1</difficult>", "<difficult>yes</difficult>", StringComparison.Ordinal));
        Write("Annotations/c.xml", Annotation.Replace("<xmax>195</xmax>", "<xmax>40</xmax>", StringComparison.Ordinal));
        Write("Annotations/d.xml", Annotation);
        Write("ImageSets/Main/a.txt", "a\n");
        Write("ImageSets/Main/b.txt", "b\n");
        Write("ImageSets/Main/c.txt", "c\n");
        Write("ImageSets/Main/twice.txt", "d\nd\n");
        Write("ImageSets/Main/gone.txt", "d\nzzz\n");

        Assert.Equal((DataProblemKind.MalformedAnnotation, 7), Problem(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "a")));
        Assert.Equal((DataProblemKind.MalformedAnnotation, 6), Problem(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "b")));
        Assert.Equal((DataProblemKind.EmptyBox, 7), Problem(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "c")));
        Assert.Equal((DataProblemKind.MalformedAnnotation, 2), Problem(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "twice")));
        Assert.Equal((DataProblemKind.MissingFile, 2), Problem(() => VocEvaluationInputs.LoadGroundTruth(_root, null, "gone")));
    }

    [Fact]
    public void Result_files_take_the_class_from_the_name_after_the_last_underscore()
    {
        Write("dets/comp4_det_test_car.txt", "000001 0.9 1 2 3 4\n\n000002 0.25 1.5 2.5 3.5 4.5\n");
        Write("dets/bus.txt", "000003 1e-3 0 0 10 10\n");

        IReadOnlyList<VocDetection> detections = VocEvaluationInputs.LoadDetections(Path.Combine(_root, "dets"));

        Assert.Equal(
            [new VocDetection("000003", "bus", 0.001, 0, 0, 10, 10), new("000001", "car", 0.9, 1, 2, 3, 4), new("000002", "car", 0.25, 1.5, 2.5, 3.5, 4.5)],
            detections);
    }

    [Fact]
    public void Result_file_problems_name_the_file_and_line()
    {
        Write("short/x_car.txt", "000001 0.9 1 2 3 4\n000002 0.9 1 2 3\n");
        Write("nan/x_car.txt", "000001 0.9 1 2 3 4\n\n000002 abc 1 2 3 4\n");
        Write("inverted/car.txt", "000001 0.9 3 2 1 4\n");
        Write("twice/a_car.txt", "000001 0.9 1 2 3 4\n");
        Write("twice/b_car.txt", "000001 0.9 1 2 3 4\n");
        Directory.CreateDirectory(Path.Combine(_root, "empty"));

        Assert.Equal((DataProblemKind.MalformedAnnotation, 2), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "short"))));
        Assert.Equal((DataProblemKind.MalformedAnnotation, 3), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "nan"))));
        Assert.Equal((DataProblemKind.EmptyBox, 1), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "inverted"))));
        var twice = Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "twice")));
        Assert.Contains("hold detections of class 'car'", twice.Message, StringComparison.Ordinal);
        Assert.Equal(DataProblemKind.MissingFile, Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "empty"))).Problem.Kind);
        Assert.Equal(DataProblemKind.MissingFile, Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "none.json"))).Problem.Kind);
    }

    [Fact]
    public void Json_detections_are_read_in_order_and_problems_name_the_line()
    {
        Write("ok.json", """
            [
              {"image_id": "000001", "class": "car", "score": 0.5, "x1": 1, "y1": 2, "x2": 3.25, "y2": 4, "extra": {"a": [1]}},
              {"image_id": 7, "class": "bus", "score": 1e-2, "x1": 0, "y1": 0, "x2": 0, "y2": 0},
            ]
            """);
        Assert.Equal(
            [new VocDetection("000001", "car", 0.5, 1, 2, 3.25, 4), new("7", "bus", 0.01, 0, 0, 0, 0)],
            VocEvaluationInputs.LoadDetections(Path.Combine(_root, "ok.json")));

        Write("missing.json", "[\n{\"image_id\": \"a\", \"class\": \"car\", \"score\": 0.5, \"x1\": 1, \"y1\": 2, \"x2\": 3, \"y2\": 4},\n\n{\"image_id\": \"a\", \"class\": \"car\", \"x1\": 1, \"y1\": 2, \"x2\": 3, \"y2\": 4}\n]");
        Write("text.json", "[{\"image_id\": \"a\", \"class\": \"car\",\n \"score\": \"high\", \"x1\": 1, \"y1\": 2, \"x2\": 3, \"y2\": 4}]");
        Write("broken.json", "[\n{\"image_id\": \"a\",,\n]");
        Write("object.json", "{\"detections\": []}");
        Assert.Equal((DataProblemKind.MalformedAnnotation, 4), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "missing.json"))));
        Assert.Equal((DataProblemKind.MalformedAnnotation, 2), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "text.json"))));
        Assert.Equal((DataProblemKind.CorruptRecord, 2), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "broken.json"))));
        Assert.Equal((DataProblemKind.MalformedAnnotation, 1), Problem(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "object.json"))));
        var missing = Assert.Throws<DataFormatException>(() => VocEvaluationInputs.LoadDetections(Path.Combine(_root, "missing.json")));
        Assert.Contains("detection 1 has no 'score'", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_root, "missing.json") + ":4: ", missing.Message, StringComparison.Ordinal);
    }

    private static (DataProblemKind Kind, int? Line) Problem(Action read)
    {
        DataProblem problem = Assert.Throws<DataFormatException>(read).Problem;
        return (problem.Kind, problem.Line);
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
