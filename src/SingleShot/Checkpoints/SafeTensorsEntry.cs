using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>One tensor's header entry: name, type, shape and byte range within the data buffer.</summary>
/// <param name="Name">The tensor name.</param>
/// <param name="Type">The element type.</param>
/// <param name="Shape">The dimensions; empty for a scalar.</param>
/// <param name="Begin">First byte, relative to the start of the data buffer.</param>
/// <param name="End">One past the last byte, relative to the start of the data buffer.</param>
internal sealed record SafeTensorsEntry(string Name, ScalarType Type, long[] Shape, long Begin, long End)
{
    /// <summary>The entry's byte count.</summary>
    public long Length => End - Begin;
}
