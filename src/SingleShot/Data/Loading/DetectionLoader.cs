using System.Threading.Channels;

namespace SingleShot.Data.Loading;

/// <summary>
/// Streams batches from a dataset: optional 1-of-N sampling, a TF-style shuffle buffer per epoch, parallel
/// preparation (decode, augment, resize) on worker threads with bounded prefetch, and batching in order.
/// Deterministic: each sample's preparation gets a seed derived from (seed, epoch, dataset index) and the
/// shuffle order derives from (seed, epoch), so the same seed gives the same batches bit for bit whatever
/// the number of workers. Memory is bounded by the shuffle buffer and the prefetched batches (at most
/// <see cref="LoaderOptions.PrefetchBatches"/> + 1 batches are being prepared at once, each with up to
/// <see cref="LoaderOptions.Workers"/> threads). An exception from preparation reaches the consumer with its
/// own type and message.
/// Not responsible for reading files (the source enumerates samples) or for what preparation does.
/// </summary>
public sealed class DetectionLoader
{
    private readonly IEnumerable<DetectionSample> _source;
    private readonly Func<DetectionSample, ulong, PreparedSample> _prepare;
    private readonly LoaderOptions _options;

    /// <summary>Creates the loader.</summary>
    /// <param name="source">The dataset; enumerated once per epoch (it may stream from disk).</param>
    /// <param name="prepare">Decodes, augments and resizes one sample given its seed; called on worker threads, so it must be thread-safe.</param>
    /// <param name="options">Batching, shuffling, repetition and parallelism.</param>
    public DetectionLoader(IEnumerable<DetectionSample> source, Func<DetectionSample, ulong, PreparedSample> prepare, LoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _source = source;
        _prepare = prepare;
        _options = options;
    }

    /// <summary>The batches, in order; infinite when <see cref="LoaderOptions.NumEpochs"/> is 0.</summary>
    public IEnumerable<HostBatch> Batches(CancellationToken cancellation = default)
    {
        var channel = Channel.CreateBounded<Task<HostBatch>>(new BoundedChannelOptions(_options.PrefetchBatches)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Task producer = Task.Run(() => ProduceAsync(channel.Writer, stop.Token), stop.Token);
        try
        {
            while (channel.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out Task<HostBatch>? pending))
                {
                    yield return pending.GetAwaiter().GetResult();
                }
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
        }
    }

    private async Task ProduceAsync(ChannelWriter<Task<HostBatch>> writer, CancellationToken cancellation)
    {
        try
        {
            long toSkip = _options.SkipBatches;
            for (int epoch = 0; _options.NumEpochs == 0 || epoch < _options.NumEpochs; epoch++)
            {
                foreach (List<(long Index, DetectionSample Sample)> group in Groups(epoch))
                {
                    if (toSkip > 0)
                    {
                        toSkip--;
                        continue;
                    }

                    int epochOfGroup = epoch;
                    Task<HostBatch> batch = Task.Run(() => Prepare(epochOfGroup, group, cancellation), cancellation);
                    await writer.WriteAsync(batch, cancellation).ConfigureAwait(false);
                }
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private IEnumerable<List<(long Index, DetectionSample Sample)>> Groups(int epoch)
    {
        IEnumerable<(long Index, DetectionSample Sample)> indexed = _source
            .Select((sample, index) => ((long)index, sample))
            .Where(pair => pair.Item1 % _options.SampleOneOfN == 0);
        var group = new List<(long, DetectionSample)>(_options.BatchSize);
        foreach ((long, DetectionSample) item in ShuffleBuffer.Shuffle(indexed, _options.ShuffleBufferSize, SampleSeeds.ForShuffle(_options.Seed, epoch)))
        {
            group.Add(item);
            if (group.Count == _options.BatchSize)
            {
                yield return group;
                group = new List<(long, DetectionSample)>(_options.BatchSize);
            }
        }

        if (group.Count > 0 && !_options.DropRemainder)
        {
            yield return group;
        }
    }

    private HostBatch Prepare(int epoch, List<(long Index, DetectionSample Sample)> group, CancellationToken cancellation)
    {
        var prepared = new PreparedSample[group.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Workers, CancellationToken = cancellation };
        try
        {
            Parallel.For(0, group.Count, parallel, i =>
            {
                (long index, DetectionSample sample) = group[i];
                prepared[i] = _prepare(sample, SampleSeeds.For(_options.Seed, epoch, index));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return new HostBatch(epoch, group.Select(g => g.Index).ToArray(), prepared);
    }
}
