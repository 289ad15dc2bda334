namespace SingleShot.Checkpoints;

/// <summary>Formats tensor shapes for messages and reports, e.g. <c>[3, 4]</c>.</summary>
internal static class ShapeText
{
    /// <summary>The shape as <c>[d0, d1, ...]</c>; <c>[]</c> for a scalar.</summary>
    public static string Format(IEnumerable<long> shape) => "[" + string.Join(", ", shape) + "]";
}
