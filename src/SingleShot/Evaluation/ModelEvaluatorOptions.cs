using static TorchSharp.torch;

namespace SingleShot.Evaluation;

/// <summary>How <see cref="ModelEvaluator"/> runs a model over an evaluation set.</summary>
public sealed record ModelEvaluatorOptions
{
    /// <summary>Images per forward pass; detections do not depend on it.</summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Evaluate at most this many images (in dataset order); 0 evaluates all.</summary>
    public int MaxExamples { get; init; }

    /// <summary>Keep one image in every N (TF <c>sample_1_of_n_examples</c>).</summary>
    public int SampleOneOfN { get; init; } = 1;

    /// <summary>Decoding threads; results do not depend on it.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Where batches go (the model's device).</summary>
    public Device? Device { get; init; }
}
