using System.Text;
using System.Text.Json;
using SingleShot.Data.Formats;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Reads a JSON list of detections, each an object <c>{"image_id", "class", "score", "x1", "y1", "x2", "y2"}</c>
/// (pixels; other properties are ignored; an image id may also be a number, kept as written). Problems name the file
/// and the line of the offending object or value.
/// </summary>
internal static class VocDetectionJsonReader
{
    private const string Layout = "{image_id, class, score, x1, y1, x2, y2}";
    private static readonly string[] s_numberFields = ["score", "x1", "y1", "x2", "y2"];

    /// <summary>The detections of <paramref name="path"/>, in file order.</summary>
    public static List<VocDetection> Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var lines = new TextLines(bytes, start);
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(path, lines, reader.TokenStartIndex, $"the file must be a JSON list of detections {Layout}.");
            }

            var detections = new List<VocDetection>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                detections.Add(ReadDetection(ref reader, detections.Count, path, lines));
            }

            return detections;
        }
        catch (JsonException e)
        {
            throw new ProblemLocation(path, null, (int?)(e.LineNumber + 1)).Error(DataProblemKind.CorruptRecord, $"not valid JSON: {e.Message}");
        }
    }

    private static VocDetection ReadDetection(ref Utf8JsonReader reader, int index, string path, TextLines lines)
    {
        long objectStart = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(path, lines, objectStart, $"detection {index} must be an object {Layout}, found {reader.TokenType}.");
        }

        string? imageId = null;
        string? className = null;
        double?[] numbers = new double?[s_numberFields.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            int slot = Array.IndexOf(s_numberFields, name);
            if (name == "image_id")
            {
                imageId = Text(ref reader, index, name, path, lines);
            }
            else if (name == "class")
            {
                className = Text(ref reader, index, name, path, lines);
            }
            else if (slot >= 0)
            {
                numbers[slot] = Number(ref reader, index, name, path, lines);
            }
            else
            {
                reader.Skip();
            }
        }

        string? missing = imageId is null ? "image_id" : className is null ? "class" : s_numberFields.Where((_, i) => numbers[i] is null).FirstOrDefault();
        if (missing is not null)
        {
            throw Error(path, lines, objectStart, $"detection {index} has no '{missing}'; each detection is {Layout}.");
        }

        var detection = new VocDetection(imageId!, className!, numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value, numbers[4]!.Value);
        string? problem = VocRecordValidator.Box(detection.XMin, detection.YMin, detection.XMax, detection.YMax);
        return problem is null ? detection : throw Error(path, lines, objectStart, $"detection {index}: {problem}", DataProblemKind.EmptyBox);
    }

    private static string Text(ref Utf8JsonReader reader, int index, string name, string path, TextLines lines)
    {
        string? text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => null,
        };
        return string.IsNullOrEmpty(text)
            ? throw Error(path, lines, reader.TokenStartIndex, $"detection {index}: '{name}' must be a non-empty string, found {reader.TokenType}.")
            : text;
    }

    private static double Number(ref Utf8JsonReader reader, int index, string name, string path, TextLines lines)
    {
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw Error(path, lines, reader.TokenStartIndex, $"detection {index}: '{name}' must be a finite number, found {reader.TokenType}.");
    }

    private static DataFormatException Error(string path, TextLines lines, long offset, string message, DataProblemKind kind = DataProblemKind.MalformedAnnotation) =>
        new ProblemLocation(path, null, lines.LineAt(offset)).Error(kind, message);
}
