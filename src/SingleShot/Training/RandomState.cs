using static TorchSharp.torch;

namespace SingleShot.Training;

/// <summary>
/// The torch default generator's state (dropout and any other random op in the network) as a base64 string for
/// checkpoint metadata, so a resumed run draws the same numbers as an uninterrupted one. Data randomness needs no
/// state: it derives from (seed, epoch, sample index).
/// </summary>
public static class RandomState
{
    /// <summary>The checkpoint metadata key.</summary>
    public const string MetadataKey = "torch_rng_state";

    /// <summary>The current state of the default generator.</summary>
    public static string Capture()
    {
        using Tensor state = Generator.Default.get_state();
        return Convert.ToBase64String(state.bytes.ToArray());
    }

    /// <summary>Restores a state captured by <see cref="Capture"/>.</summary>
    /// <exception cref="FormatException">The text is not a captured state.</exception>
    public static void Restore(string state)
    {
        byte[] bytes = Convert.FromBase64String(state);
        using Tensor current = Generator.Default.get_state();
        if (current.NumberOfElements != bytes.Length)
        {
            throw new FormatException($"the saved random generator state has {bytes.Length} bytes; this libtorch's has {current.NumberOfElements}.");
        }

        using Tensor restored = tensor(bytes, dtype: ScalarType.Byte);
        Generator.Default.set_state(restored);
    }
}
