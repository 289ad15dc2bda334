using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class SafeTensorsRoundTripTests
{
    public static TheoryData<ScalarType> AllTypes() => new()
    {
        ScalarType.Float64, ScalarType.Float32, ScalarType.Float16, ScalarType.BFloat16, ScalarType.Int64,
        ScalarType.Int32, ScalarType.Int16, ScalarType.Int8, ScalarType.Byte, ScalarType.Bool,
    };

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Every_dtype_round_trips_bitwise(ScalarType type)
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        var generator = new Generator(17);
        Tensor values = type == ScalarType.Bool
            ? rand(3, 5, 7, generator: generator) > 0.5
            : (randn(3, 5, 7, generator: generator) * 100).to_type(type);
        Tensor scalar = tensor(3, dtype: ScalarType.Float64).to_type(type);
        Tensor none = zeros(new long[] { 4, 0 }, dtype: type);
        string path = directory["t.safetensors"];

        SafeTensors.Write(path, new Dictionary<string, Tensor> { ["values"] = values, ["scalar"] = scalar, ["none"] = none });

        using SafeTensorsContent read = SafeTensors.Read(path);
        Assert.Equal(new[] { "values", "scalar", "none" }, read.Tensors.Keys.ToArray());
        foreach ((string name, Tensor original) in new[] { ("values", values), ("scalar", scalar), ("none", none) })
        {
            Tensor actual = read.Tensors[name];
            Assert.Equal(type, actual.dtype);
            Assert.Equal(original.shape, actual.shape);
            Assert.Equal(original.bytes.ToArray(), actual.bytes.ToArray());
        }
    }

    [Fact]
    public void Metadata_round_trips_and_non_contiguous_tensors_are_written_by_value()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        Tensor matrix = arange(12, dtype: ScalarType.Float32).reshape(3, 4);
        Tensor transposed = matrix.t();
        Assert.False(transposed.is_contiguous());
        var metadata = new Dictionary<string, string> { ["quote\"and\\slash"] = "line\nbreak é", ["empty"] = "" };
        string path = directory["m.safetensors"];

        SafeTensors.Write(path, new Dictionary<string, Tensor> { ["t"] = transposed }, metadata);

        using SafeTensorsContent read = SafeTensors.Read(path);
        Assert.Equal(metadata, read.Metadata.ToDictionary());
        Assert.True(TinyModels.BitwiseEqual(transposed, read.Tensors["t"]));
        Assert.Equal(0, (8 + BitConverter.ToInt64(File.ReadAllBytes(path), 0)) % 8);
    }

    [Fact]
    public void Large_tensors_are_copied_in_whole_element_chunks_in_order()
    {
        using IDisposable scope = NewDisposeScope();
        Tensor values = arange(1000, dtype: ScalarType.Int32);
        var collected = new List<byte>();
        var sizes = new List<int>();

        SafeTensors.CopyBytes(values, 4000, chunkBytes: 1000, collected, (span, target) =>
        {
            sizes.Add(span.Length);
            target.AddRange(span.ToArray());
        });

        Assert.Equal(new[] { 1000, 1000, 1000, 1000 }, sizes);
        Assert.Equal(values.bytes.ToArray(), collected.ToArray());
    }

    [Fact]
    public void Writing_rejects_duplicate_reserved_and_unsupported_names_naming_the_tensor()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        string path = directory["bad.safetensors"];
        Tensor one = ones(2);
        var duplicate = new[] { KeyValuePair.Create("w", one), KeyValuePair.Create("w", one) };

        Assert.Contains("'w' is given twice", Assert.Throws<ArgumentException>(() => SafeTensors.Write(path, duplicate)).Message);
        Assert.Contains("__metadata__", Assert.Throws<ArgumentException>(
            () => SafeTensors.Write(path, new Dictionary<string, Tensor> { ["__metadata__"] = one })).Message);
        Assert.Contains("'c' has dtype ComplexFloat32", Assert.Throws<ArgumentException>(
            () => SafeTensors.Write(path, new Dictionary<string, Tensor> { ["c"] = zeros(2, dtype: ScalarType.ComplexFloat32) })).Message);
        Assert.Empty(directory.Files());
    }
}
