using System.Buffers;
using System.Text.Json;
using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// The JSON header of a safetensors file: <c>{"name": {"dtype", "shape", "data_offsets"}, ..., "__metadata__": {...}}</c>,
/// padded with spaces to a multiple of 8 bytes. Parsing validates every entry against the data buffer's length.
/// </summary>
internal static class SafeTensorsHeader
{
    /// <summary>The reserved key of the string-to-string metadata map.</summary>
    public const string MetadataKey = "__metadata__";

    /// <summary>Headers above this size are rejected as corrupt (the reference implementation's limit).</summary>
    public const long MaxLength = 100_000_000;

    /// <summary>The UTF-8 header for <paramref name="entries"/> (in order) and <paramref name="metadata"/>, space-padded to a multiple of 8.</summary>
    public static byte[] Build(IReadOnlyList<SafeTensorsEntry> entries, IReadOnlyDictionary<string, string>? metadata)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                writer.WriteStartObject(MetadataKey);
                foreach ((string key, string value) in metadata)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            }

            foreach (SafeTensorsEntry entry in entries)
            {
                WriteEntry(writer, entry);
            }

            writer.WriteEndObject();
        }

        int padded = (buffer.WrittenCount + 7) / 8 * 8;
        byte[] header = new byte[padded];
        buffer.WrittenSpan.CopyTo(header);
        header.AsSpan(buffer.WrittenCount).Fill((byte)' ');
        return header;
    }

    /// <summary>
    /// Parses and validates <paramref name="header"/> of the file <paramref name="path"/> whose data buffer holds
    /// <paramref name="bufferLength"/> bytes. Returns the entries sorted by offset (the file's data order) and the metadata.
    /// </summary>
    public static (IReadOnlyList<SafeTensorsEntry> Entries, IReadOnlyDictionary<string, string> Metadata) Parse(
        string path, ReadOnlyMemory<byte> header, long bufferLength)
    {
        if (header.Length == 0 || header.Span[0] != (byte)'{')
        {
            throw new SafeTensorsFormatException(path, null, "the header does not start with '{'.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(header);
        }
        catch (JsonException e)
        {
            throw new SafeTensorsFormatException(path, null, $"the header is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var entries = new List<SafeTensorsEntry>();
            IReadOnlyDictionary<string, string> metadata = new Dictionary<string, string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    throw new SafeTensorsFormatException(path, property.Name, "the name appears twice in the header.");
                }

                if (property.Name == MetadataKey)
                {
                    metadata = ParseMetadata(path, property.Value);
                }
                else
                {
                    entries.Add(ParseEntry(path, property));
                }
            }

            IReadOnlyList<SafeTensorsEntry> ordered = entries.OrderBy(e => e.Begin).ThenBy(e => e.End).ToArray();
            CheckCoverage(path, ordered, bufferLength);
            return (ordered, metadata);
        }
    }

    private static void WriteEntry(Utf8JsonWriter writer, SafeTensorsEntry entry)
    {
        SafeTensorsDTypes.TryGetName(entry.Type, out string dtype);
        writer.WriteStartObject(entry.Name);
        writer.WriteString("dtype", dtype);
        writer.WriteStartArray("shape");
        foreach (long dimension in entry.Shape)
        {
            writer.WriteNumberValue(dimension);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("data_offsets");
        writer.WriteNumberValue(entry.Begin);
        writer.WriteNumberValue(entry.End);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Dictionary<string, string> ParseMetadata(string path, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SafeTensorsFormatException(path, null, $"'{MetadataKey}' must be an object of strings, found {element.ValueKind}.");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new SafeTensorsFormatException(
                    path, null, $"'{MetadataKey}' value '{property.Name}' must be a string, found {property.Value.ValueKind}.");
            }

            if (!metadata.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new SafeTensorsFormatException(path, null, $"'{MetadataKey}' key '{property.Name}' appears twice.");
            }
        }

        return metadata;
    }

    private static SafeTensorsEntry ParseEntry(string path, JsonProperty property)
    {
        string name = property.Name;
        if (property.Value.ValueKind != JsonValueKind.Object)
        {
            throw new SafeTensorsFormatException(path, name, $"the header entry must be an object, found {property.Value.ValueKind}.");
        }

        string? dtype = null;
        long[]? shape = null;
        long[]? offsets = null;
        foreach (JsonProperty field in property.Value.EnumerateObject())
        {
            switch (field.Name)
            {
                case "dtype" when dtype is null:
                    dtype = field.Value.ValueKind == JsonValueKind.String
                        ? field.Value.GetString()!
                        : throw new SafeTensorsFormatException(path, name, "'dtype' must be a string.");
                    break;
                case "shape" when shape is null:
                    shape = ReadNonNegativeIntegers(path, name, field);
                    break;
                case "data_offsets" when offsets is null:
                    offsets = ReadNonNegativeIntegers(path, name, field);
                    break;
                default:
                    throw new SafeTensorsFormatException(
                        path, name, $"unexpected or repeated field '{field.Name}' (expected dtype, shape and data_offsets once each).");
            }
        }

        return ToEntry(path, name, dtype, shape, offsets);
    }

    private static SafeTensorsEntry ToEntry(string path, string name, string? dtype, long[]? shape, long[]? offsets)
    {
        if (dtype is null || shape is null || offsets is null)
        {
            string missing = dtype is null ? "dtype" : shape is null ? "shape" : "data_offsets";
            throw new SafeTensorsFormatException(path, name, $"the header entry has no '{missing}'.");
        }

        if (!SafeTensorsDTypes.TryParse(dtype, out ScalarType type, out int itemSize))
        {
            throw new SafeTensorsFormatException(path, name, $"unsupported dtype '{dtype}' (supported: {SafeTensorsDTypes.Supported}).");
        }

        if (offsets.Length != 2 || offsets[0] > offsets[1])
        {
            throw new SafeTensorsFormatException(
                path, name, $"'data_offsets' must be [begin, end] with begin <= end, found [{string.Join(", ", offsets)}].");
        }

        long expected = ByteCount(path, name, shape, itemSize);
        long actual = offsets[1] - offsets[0];
        if (actual != expected)
        {
            throw new SafeTensorsFormatException(
                path, name, $"{dtype} {ShapeText.Format(shape)} needs {expected} bytes but data_offsets [{offsets[0]}, {offsets[1]}] span {actual}.");
        }

        return new SafeTensorsEntry(name, type, shape, offsets[0], offsets[1]);
    }

    private static long ByteCount(string path, string name, long[] shape, int itemSize)
    {
        try
        {
            long count = itemSize;
            foreach (long dimension in shape)
            {
                count = checked(count * dimension);
            }

            return count;
        }
        catch (OverflowException)
        {
            throw new SafeTensorsFormatException(path, name, $"shape {ShapeText.Format(shape)} is too large.");
        }
    }

    private static long[] ReadNonNegativeIntegers(string path, string name, JsonProperty field)
    {
        if (field.Value.ValueKind != JsonValueKind.Array)
        {
            throw new SafeTensorsFormatException(path, name, $"'{field.Name}' must be an array of integers.");
        }

        var values = new List<long>();
        foreach (JsonElement item in field.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out long value) || value < 0)
            {
                throw new SafeTensorsFormatException(path, name, $"'{field.Name}' must hold non-negative integers, found {item.GetRawText()}.");
            }

            values.Add(value);
        }

        return values.ToArray();
    }

    private static void CheckCoverage(string path, IReadOnlyList<SafeTensorsEntry> ordered, long bufferLength)
    {
        long cursor = 0;
        foreach (SafeTensorsEntry entry in ordered)
        {
            if (entry.End > bufferLength)
            {
                throw new SafeTensorsFormatException(
                    path, entry.Name, $"data_offsets [{entry.Begin}, {entry.End}] run past the data buffer of {bufferLength} bytes.");
            }

            if (entry.Begin != cursor)
            {
                string problem = entry.Begin > cursor ? "leave a gap after" : "overlap";
                throw new SafeTensorsFormatException(
                    path, entry.Name, $"data_offsets [{entry.Begin}, {entry.End}] {problem} the previous tensor's data, which ends at {cursor}.");
            }

            cursor = entry.End;
        }

        if (cursor != bufferLength)
        {
            throw new SafeTensorsFormatException(
                path, null, $"the tensors cover {cursor} bytes but the data buffer has {bufferLength} (truncated or trailing data).");
        }
    }
}
