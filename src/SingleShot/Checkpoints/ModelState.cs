using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// A module's saved state by state-dict name: parameters and persistent buffers (batch-norm running statistics and
/// <c>num_batches_tracked</c> included; non-persistent buffers such as anchors excluded).
/// </summary>
public static class ModelState
{
    /// <summary>
    /// The module's parameters and persistent buffers, parameters first, each in registration order. The tensors are
    /// the module's own (not copies): they change as the module trains and must not be disposed by the caller.
    /// </summary>
    public static IReadOnlyDictionary<string, Tensor> Capture(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var state = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        foreach ((string name, TorchSharp.Modules.Parameter parameter) in module.named_parameters())
        {
            state.Add(name, parameter);
        }

        foreach ((string name, Tensor buffer) in module.named_buffers(recurse: true, include_nonpersistent: false))
        {
            state.Add(name, buffer);
        }

        return state;
    }

    /// <summary>
    /// Copies <paramref name="tensors"/> into the module's own tensors under no-grad (in place, so optimizer references
    /// stay valid; across devices when needed). Every module variable must be present with the same shape and dtype,
    /// and no other tensor may be given; otherwise a <see cref="CheckpointMismatchException"/> lists every problem and
    /// nothing is copied.
    /// </summary>
    /// <param name="module">The module to load into.</param>
    /// <param name="tensors">Tensors by state-dict name, of the module variables' shapes and dtypes.</param>
    /// <param name="source">Where the tensors come from (a file path), for the error message.</param>
    public static void LoadStrict(nn.Module module, IReadOnlyDictionary<string, Tensor> tensors, string source)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(tensors);
        ArgumentNullException.ThrowIfNull(source);
        IReadOnlyDictionary<string, Tensor> expected = Capture(module);
        List<StateMismatch> problems = Compare(expected, tensors);
        if (problems.Count > 0)
        {
            throw new CheckpointMismatchException(source, problems);
        }

        using (no_grad())
        {
            foreach ((string name, Tensor target) in expected)
            {
                target.copy_(tensors[name]);
            }
        }
    }

    /// <summary>Shape and dtype, e.g. <c>[3, 4] Float32</c>.</summary>
    internal static string Describe(Tensor tensor) => $"{ShapeText.Format(tensor.shape)} {tensor.dtype}";

    private static List<StateMismatch> Compare(IReadOnlyDictionary<string, Tensor> expected, IReadOnlyDictionary<string, Tensor> found)
    {
        var problems = new List<StateMismatch>();
        foreach ((string name, Tensor target) in expected)
        {
            if (!found.TryGetValue(name, out Tensor? source))
            {
                problems.Add(new StateMismatch(name, StateMismatchKind.Missing, Describe(target), null));
                continue;
            }

            if (!target.shape.SequenceEqual(source.shape))
            {
                problems.Add(new StateMismatch(name, StateMismatchKind.Shape, ShapeText.Format(target.shape), ShapeText.Format(source.shape)));
            }

            if (target.dtype != source.dtype)
            {
                problems.Add(new StateMismatch(name, StateMismatchKind.DType, target.dtype.ToString(), source.dtype.ToString()));
            }
        }

        foreach ((string name, Tensor source) in found)
        {
            if (!expected.ContainsKey(name))
            {
                problems.Add(new StateMismatch(name, StateMismatchKind.Unexpected, null, Describe(source)));
            }
        }

        return problems;
    }
}
