using System.Text.Json;

namespace SingleShot.Checkpoints;

/// <summary>
/// The <c>checkpoint.json</c> pointer file: <c>{"latest": "ckpt-200.safetensors", "checkpoints": [...], "steps": [...]}</c>,
/// checkpoints oldest saved first, the latest last.
/// </summary>
/// <param name="Files">Checkpoint file names (no folders), oldest saved first.</param>
/// <param name="Steps">The step of each file, in the same order.</param>
internal sealed record CheckpointIndex(IReadOnlyList<string> Files, IReadOnlyList<long> Steps)
{
    /// <summary>An index with no checkpoints.</summary>
    public static CheckpointIndex Empty { get; } = new CheckpointIndex(Array.Empty<string>(), Array.Empty<long>());

    /// <summary>The latest checkpoint's file name, or null when there is none.</summary>
    public string? Latest => Files.Count == 0 ? null : Files[^1];

    /// <summary>Reads <paramref name="path"/>; a missing file is an empty index, a malformed one an error naming the file.</summary>
    public static CheckpointIndex Read(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            string[] files = root.GetProperty("checkpoints").EnumerateArray().Select(e => e.GetString()!).ToArray();
            long[] steps = root.GetProperty("steps").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            string? latest = root.GetProperty("latest").GetString();
            Validate(path, files, steps, latest);
            return new CheckpointIndex(files, steps);
        }
        catch (Exception e) when (e is JsonException || e is KeyNotFoundException || e is InvalidOperationException || e is FormatException)
        {
            throw new InvalidDataException(
                $"{path}: not a valid checkpoint index (expected {{\"latest\": name, \"checkpoints\": [names], \"steps\": [integers]}}): {e.Message}", e);
        }
    }

    /// <summary>This index with <paramref name="file"/> at <paramref name="step"/> as the latest (an older entry of the same file is dropped).</summary>
    public CheckpointIndex With(string file, long step)
    {
        var files = new List<string>();
        var steps = new List<long>();
        for (int i = 0; i < Files.Count; i++)
        {
            if (Files[i] != file)
            {
                files.Add(Files[i]);
                steps.Add(Steps[i]);
            }
        }

        files.Add(file);
        steps.Add(step);
        return new CheckpointIndex(files, steps);
    }

    /// <summary>The newest <paramref name="count"/> entries.</summary>
    public CheckpointIndex Newest(int count)
    {
        int skip = Math.Max(0, Files.Count - count);
        return new CheckpointIndex(Files.Skip(skip).ToArray(), Steps.Skip(skip).ToArray());
    }

    /// <summary>Writes the index to <paramref name="path"/> atomically.</summary>
    public void Write(string path)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("latest", Latest);
            writer.WriteStartArray("checkpoints");
            foreach (string file in Files)
            {
                writer.WriteStringValue(file);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("steps");
            foreach (long step in Steps)
            {
                writer.WriteNumberValue(step);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        byte[] bytes = stream.ToArray();
        AtomicFileWriter.Write(path, target => target.Write(bytes));
    }

    private static void Validate(string path, string[] files, long[] steps, string? latest)
    {
        if (files.Length != steps.Length)
        {
            throw new FormatException($"{files.Length} checkpoints but {steps.Length} steps");
        }

        foreach (string file in files)
        {
            if (string.IsNullOrEmpty(file) || file != Path.GetFileName(file) || file == "." || file == "..")
            {
                throw new FormatException($"'{file}' is not a plain file name in {Path.GetDirectoryName(path)}");
            }
        }

        string? expected = files.Length == 0 ? null : files[^1];
        if (latest != expected)
        {
            throw new FormatException($"\"latest\" is '{latest}' but the last of \"checkpoints\" is '{expected}'");
        }
    }
}
