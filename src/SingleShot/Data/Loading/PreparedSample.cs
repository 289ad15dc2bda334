using SingleShot.Data.Images;

namespace SingleShot.Data.Loading;

/// <summary>A sample ready for batching: decoded, augmented (training only) and resized to the network input.</summary>
/// <param name="ImageId">The sample's stable id.</param>
/// <param name="Image">The image at the network input size.</param>
/// <param name="Objects">Its objects, normalized to that image.</param>
public sealed record PreparedSample(string ImageId, RgbImage Image, IReadOnlyList<GroundTruthBox> Objects)
{
    /// <summary>
    /// Where the resizer put the (augmented) image, to map detections back to pixels of the original image; null
    /// when the preparer did not record it.
    /// </summary>
    public ResizeGeometry? Geometry { get; init; }
}
