namespace SingleShot.Evaluation.Coco;

/// <summary>A COCO object-size range in square pixels, inclusive at both ends.</summary>
/// <param name="Label">pycocotools' label: <c>all</c>, <c>small</c>, <c>medium</c> or <c>large</c>.</param>
/// <param name="Min">Smallest area in the range.</param>
/// <param name="Max">Largest area in the range.</param>
public sealed record CocoAreaRange(string Label, double Min, double Max)
{
    /// <summary>True when <paramref name="area"/> lies in [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public bool Contains(double area) => !(area < Min || area > Max);
}
