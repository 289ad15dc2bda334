namespace SingleShot.Evaluation.Voc;

/// <summary>The ground truth of a Pascal VOC image set, as read by <see cref="VocEvaluationInputs.LoadGroundTruth"/>.</summary>
/// <param name="ImageSetFile">The image-set list that was read.</param>
/// <param name="ImageIds">The listed images, in list order (images without objects included).</param>
/// <param name="Objects">Every object of those images, difficult ones included, in list then file order; raw pixel coordinates.</param>
public sealed record VocGroundTruthSet(string ImageSetFile, IReadOnlyList<string> ImageIds, IReadOnlyList<VocGroundTruthObject> Objects)
{
    /// <summary>
    /// Options for evaluating against this set: <paramref name="method"/>, IoU &gt; 0.5, the +1 pixel convention, and
    /// <see cref="VocEvaluationOptions.ImageIds"/> set to <see cref="ImageIds"/> so that a detection in an image
    /// outside the set is an error.
    /// </summary>
    public VocEvaluationOptions Options(VocApMethod method) => new() { Method = method, ImageIds = ImageIds };
}
