using System.Collections;
using static TorchSharp.torch;

namespace SingleShot.Tests.Checkpoints;

/// <summary>A state dictionary whose enumeration fails after <c>failAfter</c> entries (simulates a failure mid-save).</summary>
internal sealed class ThrowingStateDictionary(IReadOnlyDictionary<string, Tensor> inner, int failAfter) : IReadOnlyDictionary<string, Tensor>
{
    public Tensor this[string key] => inner[key];

    public IEnumerable<string> Keys => inner.Keys;

    public IEnumerable<Tensor> Values => inner.Values;

    public int Count => inner.Count;

    public bool ContainsKey(string key) => inner.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Tensor value) => inner.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, Tensor>> GetEnumerator()
    {
        int given = 0;
        foreach (KeyValuePair<string, Tensor> pair in inner)
        {
            if (given++ == failAfter)
            {
                throw new IOException("reading the model state failed (simulated)");
            }

            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
