using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

/// <summary>Malformed files built byte by byte: each error names the file and, where it applies, the tensor.</summary>
[Collection(TorchCollection.Name)]
public sealed class SafeTensorsValidationTests
{
    private static readonly byte[] s_eightBytes = new byte[8];

    public static TheoryData<string, byte[], string?, string> Cases() => new()
    {
        { "too short", new byte[] { 1, 2, 3 }, null, "too few for the 8-byte header length" },
        { "length beyond file", RawSafeTensors.Build("{}", [], declaredLength: 1000), null, "exceeds the 2 bytes after it" },
        { "not json", RawSafeTensors.Build("{\"w\":", []), null, "not valid JSON" },
        { "not an object", RawSafeTensors.Build("[1,2]   ", []), null, "does not start with '{'" },
        { "unknown dtype", RawSafeTensors.Build(RawSafeTensors.OneTensor("[2]", "[0,8]", "C64"), s_eightBytes), "w", "unsupported dtype 'C64'" },
        { "size mismatch", RawSafeTensors.Build(RawSafeTensors.OneTensor("[3]", "[0,8]"), s_eightBytes), "w", "needs 12 bytes but data_offsets [0, 8] span 8" },
        { "offsets reversed", RawSafeTensors.Build(RawSafeTensors.OneTensor("[2]", "[8,0]"), s_eightBytes), "w", "begin <= end" },
        { "negative dim", RawSafeTensors.Build(RawSafeTensors.OneTensor("[-2]", "[0,8]"), s_eightBytes), "w", "non-negative integers" },
        { "past the end", RawSafeTensors.Build(RawSafeTensors.OneTensor("[4]", "[0,16]"), s_eightBytes), "w", "run past the data buffer of 8 bytes" },
        { "gap", RawSafeTensors.Build(RawSafeTensors.OneTensor("[1]", "[4,8]"), s_eightBytes), "w", "leave a gap" },
        { "trailing bytes", RawSafeTensors.Build(RawSafeTensors.OneTensor("[1]", "[0,4]"), s_eightBytes), null, "cover 4 bytes but the data buffer has 8" },
        { "missing field", RawSafeTensors.Build("{\"w\":{\"dtype\":\"F32\",\"shape\":[2]}}", s_eightBytes), "w", "no 'data_offsets'" },
        { "unknown field", RawSafeTensors.Build("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8],\"x\":1}}", s_eightBytes), "w", "unexpected or repeated field 'x'" },
        { "metadata not strings", RawSafeTensors.Build("{\"__metadata__\":{\"a\":1}}", []), null, "value 'a' must be a string" },
        {
            "overlap",
            RawSafeTensors.Build("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", s_eightBytes),
            "b",
            "overlap"
        },
        {
            "duplicate name",
            RawSafeTensors.Build("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", s_eightBytes),
            "w",
            "appears twice"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_files_are_rejected_with_file_and_tensor(string label, byte[] file, string? tensor, string message)
    {
        using var directory = new TestDirectory();
        string path = directory[label.Replace(' ', '_') + ".safetensors"];
        File.WriteAllBytes(path, file);

        SafeTensorsFormatException error = Assert.Throws<SafeTensorsFormatException>(() => SafeTensors.Read(path));

        Assert.Equal(path, error.Path);
        Assert.Equal(tensor, error.TensorName);
        Assert.Contains(message, error.Message);
        Assert.StartsWith(path + ": " + (tensor is null ? "" : $"tensor '{tensor}': "), error.Message);
    }

    [Fact]
    public void A_well_formed_hand_made_file_reads()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        string path = directory["ok.safetensors"];
        byte[] data = BitConverter.GetBytes(1.5f).Concat(BitConverter.GetBytes(-2.0f)).ToArray();
        File.WriteAllBytes(path, RawSafeTensors.Build(RawSafeTensors.OneTensor("[2]", "[0,8]") + "  ", data));

        using SafeTensorsContent content = SafeTensors.Read(path);

        Assert.Equal(new[] { 1.5f, -2.0f }, content.Tensors["w"].data<float>().ToArray());
        Assert.Empty(content.Metadata);
    }
}
