using static TorchSharp.torch;

namespace SingleShot.Training.Optimization;

/// <summary>Strict checks of a state dictionary before it is loaded: every problem is collected, then reported at once.</summary>
internal static class StateValidation
{
    /// <summary>Adds a problem for every key of <paramref name="expected"/> that is missing or has another shape, and for every unexpected key.</summary>
    public static void CheckTensors(
        IReadOnlyDictionary<string, Tensor> expected,
        IReadOnlyDictionary<string, Tensor> given,
        IReadOnlyCollection<string> otherKeys,
        List<string> problems)
    {
        foreach ((string key, Tensor value) in expected)
        {
            if (!given.TryGetValue(key, out Tensor? other) || other is null)
            {
                problems.Add($"missing '{key}' (shape {Shape(value)})");
            }
            else if (!value.shape.SequenceEqual(other.shape))
            {
                problems.Add($"'{key}' has shape {Shape(other)}, expected {Shape(value)}");
            }
            else if (!other.is_floating_point())
            {
                problems.Add($"'{key}' has dtype {other.dtype}, expected a floating-point tensor");
            }
        }

        foreach (string key in given.Keys.Where(k => !expected.ContainsKey(k) && !otherKeys.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add($"unexpected '{key}'");
        }
    }

    /// <summary>The step count stored under <paramref name="key"/>: a 0-d int64 tensor, not negative; 0 with a problem added otherwise.</summary>
    public static long CheckStep(IReadOnlyDictionary<string, Tensor> given, string key, List<string> problems)
    {
        if (!given.TryGetValue(key, out Tensor? step) || step is null)
        {
            problems.Add($"missing '{key}' (0-d int64)");
            return 0;
        }

        if (step.dim() != 0 || step.dtype != ScalarType.Int64)
        {
            problems.Add($"'{key}' is {step.dtype} of shape {Shape(step)}, expected a 0-d int64 tensor");
            return 0;
        }

        long value = step.item<long>();
        if (value < 0)
        {
            problems.Add($"'{key}' is {value}, expected a count that is not negative");
        }

        return value;
    }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    public static void ThrowIfAny(List<string> problems, string what, string owner)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"the {what} does not fit this {owner} ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems),
                "state");
        }
    }

    /// <summary>A shape as <c>[2, 3]</c>.</summary>
    public static string Shape(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";
}
