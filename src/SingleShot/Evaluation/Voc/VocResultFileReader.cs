using System.Globalization;
using SingleShot.Data.Formats;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Reads a folder of per-class Pascal VOC result files (<c>comp4_det_&lt;split&gt;_&lt;class&gt;.txt</c>, or any
/// <c>&lt;prefix&gt;_&lt;class&gt;.txt</c>, or <c>&lt;class&gt;.txt</c>): one detection per line,
/// <c>image_id score x1 y1 x2 y2</c> in pixels. The class is the file name after its last underscore. Problems name
/// the file and line.
/// </summary>
internal static class VocResultFileReader
{
    private const string Layout = "image_id score x1 y1 x2 y2";
    private static readonly string[] s_numberFields = ["score", "x1", "y1", "x2", "y2"];

    /// <summary>Every detection in the folder's <c>*.txt</c> files (files in ordinal name order, lines in file order).</summary>
    public static List<VocDetection> ReadFolder(string directory)
    {
        string[] files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new ProblemLocation(directory).Error(
                DataProblemKind.MissingFile, "the folder has no per-class result files (comp4_det_<split>_<class>.txt or <class>.txt).");
        }

        var fileOfClass = new Dictionary<string, string>(StringComparer.Ordinal);
        var detections = new List<VocDetection>();
        foreach (string file in files)
        {
            string className = ClassOf(file);
            if (!fileOfClass.TryAdd(className, file))
            {
                throw new ProblemLocation(file).Error(
                    DataProblemKind.MalformedAnnotation, $"both this file and '{fileOfClass[className]}' hold detections of class '{className}'.");
            }

            detections.AddRange(ReadFile(file, className));
        }

        return detections;
    }

    /// <summary>The detections of one result file of class <paramref name="className"/>.</summary>
    public static IEnumerable<VocDetection> ReadFile(string path, string className)
    {
        var detections = new List<VocDetection>();
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            string[] fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0)
            {
                detections.Add(Parse(fields, className, new ProblemLocation(path, null, line)));
            }
        }

        return detections;
    }

    private static VocDetection Parse(string[] fields, string className, ProblemLocation at)
    {
        if (fields.Length != 6)
        {
            throw at.Error(DataProblemKind.MalformedAnnotation, $"expected 6 fields '{Layout}', found {fields.Length}.");
        }

        double[] numbers = new double[s_numberFields.Length];
        for (int i = 0; i < numbers.Length; i++)
        {
            string field = fields[i + 1];
            if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw at.Error(DataProblemKind.MalformedAnnotation, $"{s_numberFields[i]} must be a finite number, found '{field}' (fields are '{Layout}').");
            }
        }

        string? problem = VocRecordValidator.Box(numbers[1], numbers[2], numbers[3], numbers[4]);
        return problem is null
            ? new VocDetection(fields[0], className, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
            : throw at.Error(DataProblemKind.EmptyBox, $"detection of image '{fields[0]}': {problem}");
    }

    private static string ClassOf(string file)
    {
        string stem = Path.GetFileNameWithoutExtension(file);
        string className = stem[(stem.LastIndexOf('_') + 1)..];
        return className.Length > 0
            ? className
            : throw new ProblemLocation(file).Error(
                DataProblemKind.MalformedAnnotation, "the class cannot be told from the file name; name result files <prefix>_<class>.txt or <class>.txt.");
    }
}
