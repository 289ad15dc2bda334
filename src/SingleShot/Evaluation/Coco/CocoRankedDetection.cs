namespace SingleShot.Evaluation.Coco;

/// <summary>
/// A detection's place in pycocotools' <c>accumulate</c> ranking: higher score first; equal scores keep the order
/// of the concatenated per-image lists (image order, then the image's own score order), which is what numpy's
/// stable <c>argsort(-scores, kind='mergesort')</c> of that concatenation gives.
/// </summary>
/// <param name="Score">The detection's score.</param>
/// <param name="Image">Index of its image evaluation in the concatenation order.</param>
/// <param name="Detection">Its index in that image's score-sorted list.</param>
internal readonly record struct CocoRankedDetection(double Score, int Image, int Detection) : IComparable<CocoRankedDetection>
{
    /// <inheritdoc/>
    public int CompareTo(CocoRankedDetection other)
    {
        int byScore = other.Score.CompareTo(Score);
        if (byScore != 0)
        {
            return byScore;
        }

        int byImage = Image.CompareTo(other.Image);
        return byImage != 0 ? byImage : Detection.CompareTo(other.Detection);
    }
}
