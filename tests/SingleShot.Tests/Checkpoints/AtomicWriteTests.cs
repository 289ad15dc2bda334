using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

/// <summary>A failure in the middle of a write leaves the previous file intact and no temporary file behind.</summary>
[Collection(TorchCollection.Name)]
public sealed class AtomicWriteTests
{
    [Fact]
    public void A_tensor_enumeration_that_fails_keeps_the_previous_file()
    {
        using IDisposable scope = NewDisposeScope();
        using var directory = new TestDirectory();
        string path = directory["model.safetensors"];
        SafeTensors.Write(path, new Dictionary<string, Tensor> { ["w"] = ones(4) });
        byte[] before = File.ReadAllBytes(path);

        Assert.Throws<IOException>(() => SafeTensors.Write(path, FailingAfterOne()));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new[] { "model.safetensors" }, directory.Files());
    }

    [Fact]
    public void A_failure_after_bytes_were_written_removes_the_temporary_file_and_keeps_the_target()
    {
        using var directory = new TestDirectory();
        string path = directory["checkpoint.json"];
        File.WriteAllText(path, "old");
        string? temporary = null;

        Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, stream =>
        {
            stream.Write(new byte[4096]);
            stream.Flush();
            temporary = ((FileStream)stream).Name;
            Assert.True(File.Exists(temporary));
            throw new IOException("disk full (simulated)");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.False(File.Exists(temporary));
        Assert.Equal(new[] { "checkpoint.json" }, directory.Files());
    }

    [Fact]
    public void A_successful_write_replaces_the_file_and_leaves_nothing_else()
    {
        using var directory = new TestDirectory();
        string path = directory["report.txt"];
        File.WriteAllText(path, "old");

        AtomicFileWriter.WriteAllText(path, "new é");

        Assert.Equal("new é", File.ReadAllText(path));
        Assert.Equal(new[] { "report.txt" }, directory.Files());
    }

    private static IEnumerable<KeyValuePair<string, Tensor>> FailingAfterOne()
    {
        yield return KeyValuePair.Create("w", zeros(4));
        throw new IOException("the tensor source failed (simulated)");
    }
}
