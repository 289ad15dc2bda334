using System.Buffers;
using System.Buffers.Binary;
using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// Reads and writes the safetensors format: an 8-byte little-endian header length, a UTF-8 JSON header (space-padded
/// to a multiple of 8 bytes) and the tensors' raw little-endian bytes, back to back. Supports the dtypes F64, F32,
/// F16, BF16, I64, I32, I16, I8, U8 and BOOL. Not responsible for naming conventions (see <see cref="CheckpointManager"/>).
/// </summary>
public static class SafeTensors
{
    /// <summary>Tensors larger than this are copied in slices, so that one span never exceeds 2 GiB.</summary>
    internal const long ChunkBytes = 1L << 30;

    /// <summary>
    /// Writes <paramref name="tensors"/> (in the given order) and <paramref name="metadata"/> to <paramref name="path"/>
    /// atomically: on failure the previous file, if any, is left intact and no temporary file remains. Tensors on
    /// another device or not contiguous are copied to contiguous CPU memory first.
    /// </summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="tensors">Unique, non-empty names (not <c>__metadata__</c>) and tensors of any shape of a supported dtype.</param>
    /// <param name="metadata">Optional string-to-string metadata, stored as <c>__metadata__</c>.</param>
    public static void Write(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tensors);
        CheckLittleEndian();
        using IDisposable scope = NewDisposeScope();
        List<(SafeTensorsEntry Entry, Tensor Data)> plan = Plan(path, tensors);
        byte[] header = SafeTensorsHeader.Build(plan.Select(p => p.Entry).ToArray(), metadata);
        AtomicFileWriter.Write(path, stream =>
        {
            Span<byte> length = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)header.Length);
            stream.Write(length);
            stream.Write(header);
            foreach ((SafeTensorsEntry entry, Tensor data) in plan)
            {
                CopyBytes(data, entry.Length, ChunkBytes, stream, static (span, target) => target.Write(span));
            }
        });
    }

    /// <summary>
    /// Reads <paramref name="path"/>, validating the header (length, JSON structure, dtypes, shapes against byte
    /// ranges, contiguous in-range offsets, unique names). Errors are <see cref="SafeTensorsFormatException"/>s naming
    /// the file and the tensor. The tensors are new CPU tensors, in the order of their data in the file.
    /// </summary>
    public static SafeTensorsContent Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckLittleEndian();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        long fileLength = stream.Length;
        byte[] header = ReadHeader(path, stream, fileLength);
        long bufferLength = fileLength - sizeof(ulong) - header.Length;
        (IReadOnlyList<SafeTensorsEntry> entries, IReadOnlyDictionary<string, string> metadata) =
            SafeTensorsHeader.Parse(path, header, bufferLength);
        var tensors = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (SafeTensorsEntry entry in entries)
            {
                Tensor tensor = empty(entry.Shape, entry.Type);
                tensors.Add(entry.Name, tensor);
                CopyBytes(
                    tensor,
                    entry.Length,
                    ChunkBytes,
                    (Path: path, entry.Name, Stream: stream),
                    static (span, source) => ReadExactly(source.Path, source.Name, source.Stream, span));
            }
        }
        catch
        {
            foreach (Tensor tensor in tensors.Values)
            {
                tensor.Dispose();
            }

            throw;
        }

        return new SafeTensorsContent(tensors, metadata);
    }

    private static List<(SafeTensorsEntry Entry, Tensor Data)> Plan(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors)
    {
        var plan = new List<(SafeTensorsEntry, Tensor)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        long offset = 0;
        foreach ((string name, Tensor tensor) in tensors)
        {
            if (string.IsNullOrEmpty(name) || name == SafeTensorsHeader.MetadataKey)
            {
                throw new ArgumentException($"{path}: tensor name '{name}' is empty or reserved.", nameof(tensors));
            }

            if (!names.Add(name))
            {
                throw new ArgumentException($"{path}: tensor '{name}' is given twice.", nameof(tensors));
            }

            ArgumentNullException.ThrowIfNull(tensor, $"{nameof(tensors)}[{name}]");
            if (!SafeTensorsDTypes.TryGetName(tensor.dtype, out _))
            {
                throw new ArgumentException(
                    $"{path}: tensor '{name}' has dtype {tensor.dtype}, which safetensors cannot hold here (supported: {SafeTensorsDTypes.Supported}).",
                    nameof(tensors));
            }

            Tensor data = tensor.device_type == TorchSharp.DeviceType.CPU && tensor.is_contiguous() ? tensor : tensor.detach().cpu().contiguous();
            long length = data.numel() * data.element_size();
            plan.Add((new SafeTensorsEntry(name, data.dtype, data.shape, offset, offset + length), data));
            offset += length;
        }

        return plan;
    }

    private static byte[] ReadHeader(string path, FileStream stream, long fileLength)
    {
        if (fileLength < sizeof(ulong))
        {
            throw new SafeTensorsFormatException(path, null, $"the file has {fileLength} bytes, too few for the 8-byte header length.");
        }

        Span<byte> prefix = stackalloc byte[sizeof(ulong)];
        ReadExactly(path, null, stream, prefix);
        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > (ulong)(fileLength - sizeof(ulong)))
        {
            throw new SafeTensorsFormatException(
                path, null, $"the header length {headerLength} exceeds the {fileLength - sizeof(ulong)} bytes after it (truncated or not a safetensors file).");
        }

        if (headerLength > SafeTensorsHeader.MaxLength)
        {
            throw new SafeTensorsFormatException(path, null, $"the header length {headerLength} is above the limit of {SafeTensorsHeader.MaxLength} bytes.");
        }

        byte[] header = new byte[headerLength];
        ReadExactly(path, null, stream, header);
        return header;
    }

    private static void ReadExactly(string path, string? tensorName, Stream stream, Span<byte> span)
    {
        try
        {
            stream.ReadExactly(span);
        }
        catch (EndOfStreamException)
        {
            throw new SafeTensorsFormatException(path, tensorName, "the file ended early (was it changed while being read?).");
        }
    }

    /// <summary>
    /// Hands the <paramref name="length"/> bytes of contiguous CPU <paramref name="tensor"/> to <paramref name="action"/>
    /// in order, in spans of at most <paramref name="chunkBytes"/> bytes (rounded down to whole elements).
    /// </summary>
    internal static void CopyBytes<TState>(Tensor tensor, long length, long chunkBytes, TState state, SpanAction<byte, TState> action)
    {
        if (length == 0)
        {
            return;
        }

        if (length <= chunkBytes)
        {
            action(tensor.bytes, state);
            return;
        }

        using Tensor flat = tensor.view(-1);
        long perChunk = Math.Max(1, chunkBytes / tensor.element_size());
        long count = flat.numel();
        for (long start = 0; start < count; start += perChunk)
        {
            using Tensor part = flat.narrow(0, start, Math.Min(perChunk, count - start));
            action(part.bytes, state);
        }
    }

    private static void CheckLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("safetensors reading and writing needs a little-endian machine.");
        }
    }
}
