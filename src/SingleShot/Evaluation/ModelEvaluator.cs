using SingleShot.Data;
using SingleShot.Data.Formats;
using SingleShot.Data.Images;
using SingleShot.Data.Loading;
using SingleShot.Models;
using SingleShot.PostProcessing;
using static TorchSharp.torch;

namespace SingleShot.Evaluation;

/// <summary>
/// Runs a detector over an evaluation set in a fixed order, in evaluation mode without augmentation (through
/// <see cref="SsdDetector.Detect"/>, which also restores the model's mode), and returns every image's ground truth
/// and detections in original-image pixels. Deterministic: the same weights give bit-identical detections, and the
/// batch size does not change any image's detections. Not responsible for metrics (<see cref="DetectionMetrics"/>).
/// </summary>
public sealed class ModelEvaluator
{
    private readonly IDetectionDataset _dataset;
    private readonly SamplePreparer _preparer;
    private readonly ModelEvaluatorOptions _options;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="dataset">The evaluation set.</param>
    /// <param name="resizer">The model's resizer (no augmentation is ever applied here).</param>
    /// <param name="options">Batching and limits.</param>
    public ModelEvaluator(IDetectionDataset dataset, IImageResizer resizer, ModelEvaluatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        _dataset = dataset;
        _preparer = new SamplePreparer(resizer, augmentation: null);
        _options = options;
    }

    /// <summary>The evaluation set.</summary>
    public IDetectionDataset Dataset => _dataset;

    /// <summary>Detections for every image, in dataset order; <paramref name="progress"/> gets the images done so far.</summary>
    public IReadOnlyList<EvaluatedImage> Run(SsdDetector model, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        IEnumerable<DetectionSample> samples = _dataset.Read(new DataProblemLog()).Where((_, i) => i % _options.SampleOneOfN == 0);
        if (_options.MaxExamples > 0)
        {
            samples = samples.Take(_options.MaxExamples);
        }

        // The loader hands over resized samples; the ground truth normalized to the original image is kept here,
        // by dataset index, from the moment the sample is read until its batch is evaluated.
        var originals = new System.Collections.Concurrent.ConcurrentDictionary<long, IReadOnlyList<GroundTruthBox>>();
        IEnumerable<DetectionSample> recorded = samples.Select((sample, index) =>
        {
            originals[index] = sample.Objects;
            return sample;
        });
        var loader = new DetectionLoader(recorded, _preparer.Prepare, new LoaderOptions
        {
            BatchSize = _options.BatchSize,
            Workers = _options.Workers,
        });
        var images = new List<EvaluatedImage>();
        foreach (HostBatch batch in loader.Batches(cancellation))
        {
            images.AddRange(RunBatch(model, batch, images.Count, originals));
            progress?.Report(images.Count);
        }

        return images;
    }

    private EvaluatedImage[] RunBatch(
        SsdDetector model,
        HostBatch batch,
        int firstIndex,
        System.Collections.Concurrent.ConcurrentDictionary<long, IReadOnlyList<GroundTruthBox>> originals)
    {
        using IDisposable scope = NewDisposeScope();
        BatchDetections detections = model.Detect(batch.ImagesTensor(_options.Device ?? model.Anchors.device));
        var result = new EvaluatedImage[batch.Samples.Count];
        for (int i = 0; i < result.Length; i++)
        {
            PreparedSample sample = batch.Samples[i];
            ResizeGeometry geometry = sample.Geometry!.Value;
            originals.TryRemove(batch.Indices[i], out IReadOnlyList<GroundTruthBox>? objects);
            PixelDetection[] pixels = detections.ForImage(i).Select(d => ToPixels(d, geometry)).ToArray();
            result[i] = new EvaluatedImage(firstIndex + i, sample.ImageId, geometry.OriginalWidth, geometry.OriginalHeight, objects!, pixels);
        }

        return result;
    }

    private static PixelDetection ToPixels(Detection detection, ResizeGeometry geometry)
    {
        PixelBox box = geometry.ToOriginalPixels(detection.XMin, detection.YMin, detection.XMax, detection.YMax);
        return new PixelDetection(detection.ClassId, detection.Score, box.XMin, box.YMin, box.XMax, box.YMax);
    }
}
