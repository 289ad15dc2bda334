using System.Globalization;
using System.Text.Json;

namespace SingleShot.Evaluation.Coco;

/// <summary>
/// Reading the fields of COCO JSON files with errors that name the file, the JSON location and the field. Every
/// error is an <see cref="InvalidDataException"/> whose message starts with the location it was given.
/// </summary>
internal static class CocoJson
{
    /// <summary>Parses <paramref name="path"/>; a syntax error names the file and the 1-based line.</summary>
    public static JsonDocument Parse(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            throw new InvalidDataException($"{path}:{line}: not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The array <paramref name="field"/> of <paramref name="root"/>.</summary>
    public static JsonElement.ArrayEnumerator GetArray(JsonElement root, string field, string where)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected a JSON object with '{field}', found {Describe(root)}.");
        }

        if (!root.TryGetProperty(field, out JsonElement array))
        {
            throw new InvalidDataException($"{where}: '{field}' is missing.");
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{where}: '{field}' must be an array, found {Describe(array)}.");
        }

        return array.EnumerateArray();
    }

    /// <summary>An integer id (pycocotools compares ids as Python numbers, so <c>1.0</c> is accepted as 1).</summary>
    public static long GetId(JsonElement item, string field, string where)
    {
        JsonElement value = GetRequired(item, field, where);
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out long id))
            {
                return id;
            }

            double number = value.GetDouble();
            if (number == Math.Floor(number) && Math.Abs(number) < 9.0e18)
            {
                return (long)number;
            }
        }

        throw new InvalidDataException($"{where}: '{field}' must be an integer, found {Describe(value)}.");
    }

    /// <summary>A finite number.</summary>
    public static double GetNumber(JsonElement item, string field, string where)
    {
        JsonElement value = GetRequired(item, field, where);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number))
        {
            return number;
        }

        throw new InvalidDataException($"{where}: '{field}' must be a finite number, found {Describe(value)}.");
    }

    /// <summary>An optional integer (0 when absent or null).</summary>
    public static int GetOptionalInt(JsonElement item, string field, string where)
    {
        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        throw new InvalidDataException($"{where}: '{field}' must be an integer, found {Describe(value)}.");
    }

    /// <summary>
    /// <c>iscrowd</c>: absent, 0 or false for an object; 1 or true for a crowd region. Other values are errors
    /// (pycocotools reads them inconsistently: truthiness for the ignore flag, a uint8 cast for the IoU).
    /// </summary>
    public static bool GetCrowd(JsonElement item, string where)
    {
        if (!item.TryGetProperty("iscrowd", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt64(out long number) && number is 0 or 1 => number == 1,
            _ => throw new InvalidDataException($"{where}: 'iscrowd' must be 0 or 1, found {Describe(value)}."),
        };
    }

    /// <summary>A string.</summary>
    public static string GetString(JsonElement item, string field, string where)
    {
        JsonElement value = GetRequired(item, field, where);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: '{field}' must be a string, found {Describe(value)}.");
    }

    /// <summary><c>bbox</c>: four finite numbers <c>[x, y, width, height]</c>.</summary>
    public static (double X, double Y, double Width, double Height) GetBox(JsonElement item, string where)
    {
        JsonElement value = GetRequired(item, "bbox", where);
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 4)
        {
            throw new InvalidDataException($"{where}: 'bbox' must be [x, y, width, height], found {Describe(value)}.");
        }

        var box = new double[4];
        for (int i = 0; i < 4; i++)
        {
            JsonElement number = value[i];
            if (number.ValueKind != JsonValueKind.Number || !number.TryGetDouble(out box[i]) || !double.IsFinite(box[i]))
            {
                throw new InvalidDataException($"{where}: 'bbox'[{i}] must be a finite number, found {Describe(number)}.");
            }
        }

        return (box[0], box[1], box[2], box[3]);
    }

    /// <summary>The value kind, and the value itself when it is short.</summary>
    public static string Describe(JsonElement value)
    {
        string text = value.GetRawText();
        string kind = value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture);
        return text.Length <= 40 ? $"{kind} {text}" : kind;
    }

    private static JsonElement GetRequired(JsonElement item, string field, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected a JSON object, found {Describe(item)}.");
        }

        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidDataException($"{where}: '{field}' is missing.");
        }

        return value;
    }
}
