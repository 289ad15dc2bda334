using System.Text.Json;
using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

/// <summary>
/// Against files made by an independent Python writer and checked by an independent Python reader
/// (tools/goldens/checkpoints_make_safetensors.py; the safetensors package itself is not installed here).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class SafeTensorsReferenceTests
{
    private static readonly Dictionary<string, ScalarType> s_types = new()
    {
        ["F64"] = ScalarType.Float64,
        ["F32"] = ScalarType.Float32,
        ["F16"] = ScalarType.Float16,
        ["BF16"] = ScalarType.BFloat16,
        ["I64"] = ScalarType.Int64,
        ["I32"] = ScalarType.Int32,
        ["I16"] = ScalarType.Int16,
        ["I8"] = ScalarType.Int8,
        ["U8"] = ScalarType.Byte,
        ["BOOL"] = ScalarType.Bool,
    };

    [Fact]
    public void Reads_the_reference_file_exactly_in_data_order()
    {
        using IDisposable scope = NewDisposeScope();
        using GoldenFile golden = GoldenFile.Open("Checkpoints/reference.json");
        using SafeTensorsContent content = SafeTensors.Read(GoldenPath("reference.safetensors"));

        string[] order = golden["data_order"].EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(order, content.Tensors.Keys.ToArray());
        Assert.Equal(
            golden["metadata"].EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            content.Metadata.ToDictionary());
        foreach (JsonProperty expected in golden["tensors"].EnumerateObject())
        {
            Tensor actual = content.Tensors[expected.Name];
            Assert.Equal(s_types[expected.Value.GetProperty("dtype").GetString()!], actual.dtype);
            Assert.Equal(expected.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()), actual.shape);
            Assert.Equal(expected.Value.GetProperty("hex").GetString(), Convert.ToHexStringLower(actual.contiguous().bytes));
            Assert.Equal(TorchSharp.DeviceType.CPU, actual.device_type);
        }
    }

    [Fact]
    public void Writes_the_file_the_python_reader_verified()
    {
        // singleshot_written.safetensors was written by this writer from the reference tensors and checked with
        // `checkpoints_make_safetensors.py --verify`; the writer must keep producing exactly these bytes.
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        using SafeTensorsContent reference = SafeTensors.Read(GoldenPath("reference.safetensors"));
        string path = directory["written.safetensors"];
        SafeTensors.Write(path, reference.Tensors, reference.Metadata);
        Assert.Equal(File.ReadAllBytes(GoldenPath("singleshot_written.safetensors")), File.ReadAllBytes(path));
    }

    private static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", "Checkpoints", name);
}
