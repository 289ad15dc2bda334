using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SingleShot.Tests.Evaluation.Coco;

/// <summary>A little-endian float64 C-order <c>.npy</c> array (optionally gzip-compressed, <c>.npy.gz</c>), as numpy saves it.</summary>
internal sealed partial class NpyArray
{
    private NpyArray(int[] shape, double[] values)
    {
        Shape = shape;
        Values = values;
    }

    public int[] Shape { get; }

    /// <summary>The values in C (row-major) order.</summary>
    public double[] Values { get; }

    public static NpyArray Read(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] bytes = buffer.ToArray();
        Assert.True(bytes[0] == 0x93 && Encoding.ASCII.GetString(bytes, 1, 5) == "NUMPY", $"{path} is not a .npy file");
        int headerLength = bytes[6] == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        int start = bytes[6] == 1 ? 10 : 12;
        string header = Encoding.ASCII.GetString(bytes, start, headerLength);
        Assert.Contains("'descr': '<f8'", header);
        Assert.Contains("'fortran_order': False", header);
        int[] shape = [.. ShapePattern().Match(header).Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)];
        int offset = start + headerLength;
        var values = new double[(bytes.Length - offset) / 8];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(offset + (8 * i)));
        }

        Assert.Equal(shape.Aggregate(1, (a, b) => a * b), values.Length);
        return new NpyArray(shape, values);
    }

    [GeneratedRegex(@"'shape': \(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
