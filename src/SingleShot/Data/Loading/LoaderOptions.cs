namespace SingleShot.Data.Loading;

/// <summary>How a <see cref="DetectionLoader"/> orders, repeats and batches samples.</summary>
public sealed record LoaderOptions
{
    /// <summary>Samples per batch (at least 1).</summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>TF-style shuffle buffer size; 0 or 1 keeps the dataset order.</summary>
    public int ShuffleBufferSize { get; init; }

    /// <summary>Passes over the dataset; 0 repeats forever (TF <c>num_epochs: 0</c>).</summary>
    public int NumEpochs { get; init; } = 1;

    /// <summary>Keep one sample in every N (TF <c>sample_1_of_n_examples</c>); 1 keeps all.</summary>
    public int SampleOneOfN { get; init; } = 1;

    /// <summary>Worker threads that decode and augment (at least 1); results do not depend on it.</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Batches prepared ahead of the consumer (at least 1): bounds memory.</summary>
    public int PrefetchBatches { get; init; } = 2;

    /// <summary>The run seed: shuffling and every sample's randomness derive from it.</summary>
    public long Seed { get; init; }

    /// <summary>Drop a last batch smaller than <see cref="BatchSize"/> at the end of the data (never mid-stream).</summary>
    public bool DropRemainder { get; init; }

    /// <summary>
    /// Leading batches (counted across epochs) passed over without being prepared: resuming training at step N
    /// skips N batches and continues with exactly the batches an uninterrupted run would have seen.
    /// </summary>
    public long SkipBatches { get; init; }

    /// <summary>Checks the values; the message names the field.</summary>
    public void Validate()
    {
        Require(BatchSize >= 1, nameof(BatchSize), BatchSize);
        Require(ShuffleBufferSize >= 0, nameof(ShuffleBufferSize), ShuffleBufferSize);
        Require(NumEpochs >= 0, nameof(NumEpochs), NumEpochs);
        Require(SampleOneOfN >= 1, nameof(SampleOneOfN), SampleOneOfN);
        Require(Workers >= 1, nameof(Workers), Workers);
        Require(PrefetchBatches >= 1, nameof(PrefetchBatches), PrefetchBatches);
        if (SkipBatches < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SkipBatches), SkipBatches, $"LoaderOptions.SkipBatches is out of range: {SkipBatches}.");
        }
    }

    private static void Require(bool ok, string field, int value)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(field, value, $"LoaderOptions.{field} is out of range: {value}.");
        }
    }
}
