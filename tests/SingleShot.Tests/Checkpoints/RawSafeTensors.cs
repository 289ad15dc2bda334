using System.Buffers.Binary;
using System.Text;

namespace SingleShot.Tests.Checkpoints;

/// <summary>Builds safetensors files byte by byte (for malformed-file tests), independently of the code under test.</summary>
internal static class RawSafeTensors
{
    /// <summary>The 8-byte length (the header's own unless <paramref name="declaredLength"/> is given), the header, the buffer.</summary>
    public static byte[] Build(string header, byte[] buffer, ulong? declaredLength = null)
    {
        byte[] json = Encoding.UTF8.GetBytes(header);
        byte[] file = new byte[8 + json.Length + buffer.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(file, declaredLength ?? (ulong)json.Length);
        json.CopyTo(file, 8);
        buffer.CopyTo(file, 8 + json.Length);
        return file;
    }

    /// <summary>A header with one F32 tensor <c>w</c> of <paramref name="shape"/> at <paramref name="offsets"/>.</summary>
    public static string OneTensor(string shape, string offsets, string dtype = "F32") =>
        $"{{\"w\":{{\"dtype\":\"{dtype}\",\"shape\":{shape},\"data_offsets\":{offsets}}}}}";
}
