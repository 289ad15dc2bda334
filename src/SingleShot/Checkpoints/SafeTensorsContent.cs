using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// The tensors and metadata of a safetensors file, as read by <see cref="SafeTensors.Read"/>. The tensors are CPU
/// tensors owned by this object: disposing it disposes them (detach one with <see cref="Tensor.alias"/> to keep it).
/// </summary>
public sealed class SafeTensorsContent : IDisposable
{
    internal SafeTensorsContent(IReadOnlyDictionary<string, Tensor> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        Tensors = tensors;
        Metadata = metadata;
    }

    /// <summary>The tensors by name, in the order of their data in the file.</summary>
    public IReadOnlyDictionary<string, Tensor> Tensors { get; }

    /// <summary>The file's <c>__metadata__</c> map; empty when the file has none.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Disposes every tensor.</summary>
    public void Dispose()
    {
        foreach (Tensor tensor in Tensors.Values)
        {
            tensor.Dispose();
        }
    }
}
