using SingleShot.Anchors;
using SingleShot.Backbones;
using SingleShot.Heads;
using SingleShot.Losses;
using SingleShot.Nn;
using SingleShot.PostProcessing;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace SingleShot.Models;

/// <summary>
/// A single-shot detector: feature extractor, box predictor, anchors, loss and post-processing, with separate
/// operations instead of a mode-dependent forward: <see cref="Predict"/> (raw box encodings and class logits),
/// <see cref="Loss"/> (a typed breakdown) and <see cref="Postprocess"/> (detections). <see cref="Detect"/> runs the
/// network in evaluation mode under no-grad whatever mode the module is in, and restores the mode afterwards.
/// Checkpoint keys start with <c>feature_extractor.</c> and <c>box_predictor.</c>; anchors and the input
/// normalization are derived, not saved.
/// </summary>
public sealed class SsdDetector : nn.Module
{
    [ComponentName(Name = "feature_extractor")]
    private readonly FeatureExtractor _featureExtractor;

    [ComponentName(Name = "box_predictor")]
    private readonly nn.Module<IReadOnlyList<Tensor>, BoxPredictions> _boxPredictor;

    private readonly IAnchorGenerator _anchorGenerator;
    private readonly SsdLoss _loss;
    private readonly SsdPostProcessor _postProcessor;
    private readonly FeatureMapSize[] _featureMapSizes;
    private readonly HashSet<string> _frozenBatchNormLayers = new(StringComparer.Ordinal);

    /// <summary>Composes the detector and derives the feature-map sizes and anchors at the input size.</summary>
    public SsdDetector(string name, SsdComponents components)
        : base(name)
    {
        _featureExtractor = components.FeatureExtractor;
        _boxPredictor = components.BoxPredictor;
        _anchorGenerator = components.AnchorGenerator;
        _loss = components.Loss;
        _postProcessor = components.PostProcessor;
        InputSize = components.InputSize;
        NumClasses = components.NumClasses;
        FreezeBatchNormStatistics = components.FreezeBatchNormStatistics;
        RegisterComponents();
        _featureMapSizes = ProbeFeatureMaps();
        if (_featureMapSizes.Length != _anchorGenerator.AnchorsPerLocation.Count)
        {
            throw new ArgumentException(
                $"the feature extractor gives {_featureMapSizes.Length} feature maps but the anchor generator has "
                + $"{_anchorGenerator.AnchorsPerLocation.Count} layers (anchor_generator.num_layers must match).");
        }

        PixelNormalization norm = _featureExtractor.InputNormalization;
        register_buffer("pixel_mean", tensor(norm.Mean.ToArray()).reshape(1, 3, 1, 1), persistent: false);
        register_buffer("pixel_std", tensor(norm.Std.ToArray()).reshape(1, 3, 1, 1), persistent: false);
        register_buffer("anchors", _anchorGenerator.Generate(_featureMapSizes, InputSize, CPU), persistent: false);
    }

    /// <summary>The network input size.</summary>
    public ImageSize InputSize { get; }

    /// <summary>Object classes, background excluded.</summary>
    public int NumClasses { get; }

    /// <summary>True when every batch norm layer keeps its moving statistics in training (TF <c>freeze_batchnorm</c>).</summary>
    public bool FreezeBatchNormStatistics { get; }

    /// <summary>Feature-map sizes at <see cref="InputSize"/>, finest first.</summary>
    public IReadOnlyList<FeatureMapSize> FeatureMapSizes => _featureMapSizes;

    /// <summary>Anchors per location of each feature map.</summary>
    public IReadOnlyList<int> AnchorsPerLocation => _anchorGenerator.AnchorsPerLocation;

    /// <summary>Anchors <c>[A, 4] float32, xyxy, normalized</c> on the module's device, in prediction order.</summary>
    public Tensor Anchors => get_buffer("anchors")!;

    /// <summary>The feature extractor (for freezing, inspection and import).</summary>
    public FeatureExtractor FeatureExtractor => _featureExtractor;

    /// <summary>
    /// Runs the network on <paramref name="images"/> <c>[B, 3, H, W] float32</c> RGB pixel values in [0, 255] at
    /// <see cref="InputSize"/>, in the module's current mode. Returns raw box encodings and class logits.
    /// </summary>
    public BoxPredictions Predict(Tensor images)
    {
        CheckInput(images);
        using IDisposable scope = NewDisposeScope();
        Tensor normalized = (images - get_buffer("pixel_mean")!) / get_buffer("pixel_std")!;
        BoxPredictions predictions = _boxPredictor.call(_featureExtractor.call(normalized));
        predictions.BoxEncodings.MoveToOuterDisposeScope();
        predictions.ClassLogits.MoveToOuterDisposeScope();
        return predictions;
    }

    /// <summary>
    /// The training loss of <paramref name="predictions"/> against <paramref name="groundTruth"/> (one entry per
    /// image, boxes normalized <c>xyxy</c>, 0-based class ids), with the weight regularization term included.
    /// </summary>
    public SsdLossBreakdown Loss(BoxPredictions predictions, IReadOnlyList<ImageGroundTruth> groundTruth) =>
        _loss.Compute(predictions, Anchors, groundTruth).WithRegularization(RegularizationLoss());

    /// <summary>Sum of every layer's weight regularization term (a scalar).</summary>
    public Tensor RegularizationLoss()
    {
        Tensor total = zeros(Array.Empty<long>(), device: Anchors.device);
        foreach ((string _, nn.Module module) in named_modules())
        {
            if (module is IRegularized regularized)
            {
                total = total + regularized.RegularizationLoss();
            }
        }

        return total;
    }

    /// <summary>Decodes, scores and suppresses <paramref name="predictions"/> into padded batched detections.</summary>
    public BatchDetections Postprocess(BoxPredictions predictions) =>
        _postProcessor.Process(predictions.BoxEncodings, predictions.ClassLogits, Anchors);

    /// <summary>
    /// Detections for <paramref name="images"/> (as for <see cref="Predict"/>): evaluation mode, no gradients,
    /// whatever mode the module was in; the mode is restored afterwards.
    /// </summary>
    public BatchDetections Detect(Tensor images) => InEvaluation(() =>
    {
        using IDisposable scope = NewDisposeScope();
        return Postprocess(Predict(images)).MoveToOuterDisposeScope();
    });

    /// <summary>
    /// Batch norm layers (by module name, e.g. <c>feature_extractor.conv0.bn</c>) that stay in evaluation mode in
    /// training, so their moving statistics never change: the layers of frozen variables. Empty by default.
    /// </summary>
    public IReadOnlySet<string> FrozenBatchNormLayers => _frozenBatchNormLayers;

    /// <summary>
    /// Keeps the batch norm layers named in <paramref name="moduleNames"/> in evaluation mode from now on, also in
    /// training (their statistics are frozen with their variables). Applies at once if the model is training.
    /// </summary>
    public void FreezeBatchNormLayers(IEnumerable<string> moduleNames)
    {
        ArgumentNullException.ThrowIfNull(moduleNames);
        var known = named_modules().Where(m => m.module is TorchSharp.Modules.BatchNorm2d).Select(m => m.name).ToHashSet();
        foreach (string name in moduleNames)
        {
            if (!known.Contains(name))
            {
                throw new ArgumentException($"'{name}' is not a batch norm layer of this model.", nameof(moduleNames));
            }

            _frozenBatchNormLayers.Add(name);
        }

        train(training);
    }

    /// <summary>
    /// Sets training mode; batch norm layers stay in evaluation mode with <see cref="FreezeBatchNormStatistics"/>
    /// (all of them) or when listed in <see cref="FrozenBatchNormLayers"/>.
    /// </summary>
    public override void train(bool train = true)
    {
        base.train(train);
        if (!train || (!FreezeBatchNormStatistics && _frozenBatchNormLayers.Count == 0))
        {
            return;
        }

        foreach ((string name, nn.Module module) in named_modules())
        {
            if (module is TorchSharp.Modules.BatchNorm2d batchNorm && (FreezeBatchNormStatistics || _frozenBatchNormLayers.Contains(name)))
            {
                batchNorm.eval();
            }
        }
    }

    /// <summary>Raw predictions in evaluation mode under no-grad, restoring the module's mode afterwards.</summary>
    public BoxPredictions PredictForInference(Tensor images) => InEvaluation(() => Predict(images));

    /// <summary>Runs <paramref name="action"/> in evaluation mode under no-grad, then restores every module's own mode.</summary>
    private T InEvaluation<T>(Func<T> action)
    {
        (nn.Module Module, bool Training)[] modes = modules().Select(m => (m, m.training)).Prepend((this, training)).ToArray();
        eval();
        try
        {
            using IDisposable noGrad = no_grad();
            return action();
        }
        finally
        {
            foreach ((nn.Module module, bool wasTraining) in modes)
            {
                SetOwnMode(module, wasTraining);
            }
        }
    }

    /// <summary>Sets one module's flag without touching its children (they are restored in their own turn).</summary>
    private static void SetOwnMode(nn.Module module, bool training)
    {
        if (module.training != training)
        {
            module.train(training);
        }
    }

    private FeatureMapSize[] ProbeFeatureMaps()
    {
        Tensor[] maps = InEvaluation(() =>
        {
            using IDisposable scope = NewDisposeScope();
            Tensor[] outputs = _featureExtractor.call(zeros(1, 3, InputSize.Height, InputSize.Width));
            return outputs.Select(t => t.MoveToOuterDisposeScope()).ToArray();
        });
        FeatureMapSize[] sizes = maps.Select(m => new FeatureMapSize((int)m.shape[2], (int)m.shape[3])).ToArray();
        foreach (Tensor map in maps)
        {
            map.Dispose();
        }

        return sizes;
    }

    private void CheckInput(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 3 || images.shape[2] != InputSize.Height || images.shape[3] != InputSize.Width)
        {
            throw new ArgumentException(
                $"images must be [B, 3, {InputSize.Height}, {InputSize.Width}] float32 pixels, got [{string.Join(", ", images.shape)}].",
                nameof(images));
        }
    }
}
