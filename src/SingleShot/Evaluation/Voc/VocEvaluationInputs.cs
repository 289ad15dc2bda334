using SingleShot.Data.Formats;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Reads the inputs of a Pascal VOC evaluation from files: ground truth from a VOC folder, detections from a JSON list
/// or a folder of per-class result files. Problems throw <see cref="DataFormatException"/> naming the file and line.
/// </summary>
public static class VocEvaluationInputs
{
    /// <summary>
    /// The objects of the images of an image-set list, from <c>Annotations/&lt;id&gt;.xml</c>: <c>name</c>,
    /// <c>difficult</c> and <c>bndbox</c> as written (1-based inclusive pixels), for any class name.
    /// </summary>
    /// <param name="vocDirectory">The year's folder, e.g. <c>VOCdevkit/VOC2007</c>.</param>
    /// <param name="imageSetFile">An explicit list file (first field of each non-blank line is an image id), or null.</param>
    /// <param name="split">
    /// A split, read from <c>ImageSets/Main/&lt;split&gt;.txt</c> or else <c>ImageSets/&lt;split&gt;.txt</c>; or null
    /// (with no <paramref name="imageSetFile"/>) to use the only <c>*.txt</c> list in those folders.
    /// </param>
    /// <returns>The listed image ids and their objects.</returns>
    /// <exception cref="DataFormatException">
    /// A missing folder, list or annotation; no list or several lists to choose from (the message lists them); an image
    /// listed twice; an empty list; malformed XML or a box with x2 &lt; x1 or y2 &lt; y1.
    /// </exception>
    /// <exception cref="ArgumentException">Both <paramref name="imageSetFile"/> and <paramref name="split"/> are given.</exception>
    public static VocGroundTruthSet LoadGroundTruth(string vocDirectory, string? imageSetFile, string? split)
    {
        ArgumentException.ThrowIfNullOrEmpty(vocDirectory);
        string listFile = VocImageSetLocator.Resolve(vocDirectory, imageSetFile, split);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var imageIds = new List<string>();
        var objects = new List<VocGroundTruthObject>();
        int line = 0;
        foreach (string text in File.ReadLines(listFile))
        {
            line++;
            string[] fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            var at = new ProblemLocation(listFile, null, line);
            string id = fields[0];
            if (!firstLine.TryAdd(id, line))
            {
                throw at.Error(DataProblemKind.MalformedAnnotation, $"image '{id}' is listed twice (first on line {firstLine[id]}).");
            }

            string xmlPath = Path.Combine(vocDirectory, "Annotations", id + ".xml");
            if (!File.Exists(xmlPath))
            {
                throw at.Error(DataProblemKind.MissingFile, $"image '{id}' has no annotation file '{xmlPath}'.");
            }

            imageIds.Add(id);
            objects.AddRange(VocAnnotationReader.Read(xmlPath, id));
        }

        return imageIds.Count > 0
            ? new VocGroundTruthSet(listFile, imageIds, objects)
            : throw new ProblemLocation(listFile).Error(DataProblemKind.MalformedAnnotation, "the image-set list names no images.");
    }

    /// <summary>
    /// Detections from <paramref name="path"/>: a JSON file holding a list of
    /// <c>{"image_id", "class", "score", "x1", "y1", "x2", "y2"}</c> objects, or a folder of per-class result files
    /// (<c>comp4_det_&lt;split&gt;_&lt;class&gt;.txt</c>, <c>&lt;prefix&gt;_&lt;class&gt;.txt</c> or <c>&lt;class&gt;.txt</c>,
    /// the class being the name after the last underscore) with lines <c>image_id score x1 y1 x2 y2</c>. Boxes are
    /// pixels in the annotations' convention.
    /// </summary>
    /// <param name="path">The JSON file or the folder.</param>
    /// <returns>The detections in file order (folder: files in ordinal name order); equal scores keep this order when ranked.</returns>
    /// <exception cref="DataFormatException">
    /// A missing path, invalid JSON, a missing or mistyped field, a line without six fields, a non-number, a box with
    /// x2 &lt; x1 or y2 &lt; y1, or two files of one class; the message names the file and line.
    /// </exception>
    public static IReadOnlyList<VocDetection> LoadDetections(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return VocResultFileReader.ReadFolder(path);
        }

        return File.Exists(path)
            ? VocDetectionJsonReader.Read(path)
            : throw new ProblemLocation(path).Error(DataProblemKind.MissingFile, "the detections file or folder does not exist.");
    }
}
