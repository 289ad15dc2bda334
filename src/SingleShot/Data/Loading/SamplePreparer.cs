using SingleShot.Data.Augment;
using SingleShot.Data.Images;

namespace SingleShot.Data.Loading;

/// <summary>
/// Turns a <see cref="DetectionSample"/> into a <see cref="PreparedSample"/>: decode (from its bytes or its
/// file), augment when an augmentation pipeline is given (training only: evaluation and inference pass null),
/// then resize to the network input with the model's resizer. Thread-safe; the seed fully determines the
/// augmentation, so it can run on any worker.
/// </summary>
public sealed class SamplePreparer
{
    private readonly IImageResizer _resizer;
    private readonly AugmentationPipeline? _augmentation;

    /// <summary>Creates the preparer.</summary>
    /// <param name="resizer">The model's resizer.</param>
    /// <param name="augmentation">Training augmentation, or null for evaluation and inference.</param>
    public SamplePreparer(IImageResizer resizer, AugmentationPipeline? augmentation)
    {
        ArgumentNullException.ThrowIfNull(resizer);
        _resizer = resizer;
        _augmentation = augmentation;
    }

    /// <summary>Prepares <paramref name="sample"/>; <paramref name="seed"/> drives its augmentation.</summary>
    public PreparedSample Prepare(DetectionSample sample, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(sample);
        RgbImage image = Decode(sample);
        IReadOnlyList<GroundTruthBox> objects = sample.Objects;
        if (_augmentation is not null)
        {
            AugmentedSample augmented = _augmentation.Apply(new AugmentedSample(image, objects), new AugmentationRandom(seed));
            image = augmented.Image;
            objects = augmented.Boxes;
        }

        ResizedImage resized = _resizer.Resize(image);
        return new PreparedSample(sample.ImageId, resized.Image, resized.Geometry.ToOutput(objects)) { Geometry = resized.Geometry };
    }

    private static RgbImage Decode(DetectionSample sample)
    {
        if (sample.EncodedImage is { } bytes)
        {
            return ImageCodec.Decode(bytes, sample.Source);
        }

        if (sample.ImagePath is { } path)
        {
            return ImageCodec.DecodeFile(path);
        }

        throw new InvalidDataException($"{sample.Source}: sample '{sample.ImageId}' has neither image bytes nor an image path.");
    }
}
