using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>The safetensors dtype names and the torch scalar types they stand for.</summary>
internal static class SafeTensorsDTypes
{
    private static readonly (string Name, ScalarType Type, int Size)[] s_table =
    [
        ("F64", ScalarType.Float64, 8),
        ("F32", ScalarType.Float32, 4),
        ("F16", ScalarType.Float16, 2),
        ("BF16", ScalarType.BFloat16, 2),
        ("I64", ScalarType.Int64, 8),
        ("I32", ScalarType.Int32, 4),
        ("I16", ScalarType.Int16, 2),
        ("I8", ScalarType.Int8, 1),
        ("U8", ScalarType.Byte, 1),
        ("BOOL", ScalarType.Bool, 1),
    ];

    /// <summary>The names SingleShot reads and writes, for error messages.</summary>
    public static string Supported => string.Join(", ", s_table.Select(e => e.Name));

    /// <summary>The scalar type and item size of the safetensors dtype <paramref name="name"/>; false when unsupported.</summary>
    public static bool TryParse(string name, out ScalarType type, out int itemSize)
    {
        foreach ((string entryName, ScalarType entryType, int size) in s_table)
        {
            if (entryName == name)
            {
                type = entryType;
                itemSize = size;
                return true;
            }
        }

        type = default;
        itemSize = 0;
        return false;
    }

    /// <summary>The safetensors name of <paramref name="type"/>; false when the format has none SingleShot supports.</summary>
    public static bool TryGetName(ScalarType type, out string name)
    {
        foreach ((string entryName, ScalarType entryType, int _) in s_table)
        {
            if (entryType == type)
            {
                name = entryName;
                return true;
            }
        }

        name = "";
        return false;
    }
}
