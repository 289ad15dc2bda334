namespace SingleShot.Evaluation.Coco;

/// <summary>Choices for <see cref="CocoEvaluator.Evaluate"/>; the defaults are pycocotools' <c>COCOeval</c> defaults.</summary>
public sealed record CocoEvaluationOptions
{
    /// <summary>
    /// The images to evaluate (pycocotools' <c>params.imgIds</c>); null for every image of the ground truth.
    /// Each must be an image of the ground truth; detections on other images are left out.
    /// </summary>
    public IReadOnlyCollection<long>? ImageIds { get; init; }
}
