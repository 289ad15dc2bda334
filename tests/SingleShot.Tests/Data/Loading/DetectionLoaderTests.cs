using SingleShot.Data;
using SingleShot.Data.Loading;
using static TorchSharp.torch;

namespace SingleShot.Tests.Data.Loading;

[Collection(TorchCollection.Name)]
public sealed class DetectionLoaderTests
{
    [Fact]
    public void Batches_are_bit_identical_whatever_the_worker_count()
    {
        List<HostBatch> one = Load(new LoaderOptions { BatchSize = 4, ShuffleBufferSize = 8, NumEpochs = 2, Seed = 42, Workers = 1 });
        List<HostBatch> four = Load(new LoaderOptions { BatchSize = 4, ShuffleBufferSize = 8, NumEpochs = 2, Seed = 42, Workers = 4, PrefetchBatches = 3 });
        Assert.Equal(Fingerprint(one), Fingerprint(four));
        Assert.NotEqual(Fingerprint(one), Fingerprint(Load(new LoaderOptions { BatchSize = 4, ShuffleBufferSize = 8, NumEpochs = 2, Seed = 43 })));
    }

    [Fact]
    public void Shuffle_permutes_each_epoch_differently_and_keeps_every_sample()
    {
        List<HostBatch> batches = Load(new LoaderOptions { BatchSize = 5, ShuffleBufferSize = 100, NumEpochs = 2, Seed = 7 });
        long[] first = batches.Where(b => b.Epoch == 0).SelectMany(b => b.Indices).ToArray();
        long[] second = batches.Where(b => b.Epoch == 1).SelectMany(b => b.Indices).ToArray();
        Assert.Equal(Enumerable.Range(0, 23).Select(i => (long)i), first.Order());
        Assert.Equal(Enumerable.Range(0, 23).Select(i => (long)i), second.Order());
        Assert.NotEqual(first, second);
        Assert.NotEqual(Enumerable.Range(0, 23).Select(i => (long)i), first);
    }

    [Fact]
    public void Without_shuffle_the_dataset_order_is_kept_and_epochs_batch_as_configured()
    {
        List<HostBatch> batches = Load(new LoaderOptions { BatchSize = 10, NumEpochs = 2 });
        Assert.Equal(new[] { 10, 10, 3, 10, 10, 3 }, batches.Select(b => b.Samples.Count));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), batches[0].Indices);
        List<HostBatch> dropped = Load(new LoaderOptions { BatchSize = 10, NumEpochs = 2, DropRemainder = true });
        Assert.Equal(new[] { 10, 10, 10, 10 }, dropped.Select(b => b.Samples.Count));
    }

    [Fact]
    public void Skipping_batches_resumes_the_stream_exactly_and_prepares_nothing_skipped()
    {
        // 23 samples in batches of 4 with a remainder: 6 batches per epoch, so skipping 8 crosses into epoch 1.
        var options = new LoaderOptions { BatchSize = 4, ShuffleBufferSize = 8, NumEpochs = 3, Seed = 5 };
        List<HostBatch> all = Load(options);
        int prepared = 0;
        var loader = new DetectionLoader(
            Dataset(23),
            (s, seed) =>
            {
                Interlocked.Increment(ref prepared);
                return Prepare(s, seed);
            },
            options with { SkipBatches = 8 });
        List<HostBatch> resumed = loader.Batches().ToList();
        Assert.Equal(Fingerprint(all.Skip(8).ToList()), Fingerprint(resumed));
        Assert.Equal(1, resumed[0].Epoch);
        Assert.Equal(resumed.Sum(b => b.Samples.Count), prepared);
    }

    [Fact]
    public void Sample_one_of_n_keeps_every_nth_sample()
    {
        List<HostBatch> batches = Load(new LoaderOptions { BatchSize = 100, SampleOneOfN = 5 });
        Assert.Equal(new long[] { 0, 5, 10, 15, 20 }, Assert.Single(batches).Indices);
    }

    [Fact]
    public void A_sample_gets_the_same_seed_wherever_the_shuffle_puts_it()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, ulong>();
        var loader = new DetectionLoader(Dataset(23), (s, seed) => Record(seen, s, seed), new LoaderOptions { BatchSize = 3, ShuffleBufferSize = 50, Seed = 11 });
        _ = loader.Batches().ToList();
        Assert.Equal(23, seen.Count);
        Assert.All(seen, kv => Assert.Equal(SampleSeeds.For(11, 0, long.Parse(kv.Key, System.Globalization.CultureInfo.InvariantCulture)), kv.Value));
    }

    [Fact]
    public void Preparation_errors_reach_the_consumer_unwrapped()
    {
        var loader = new DetectionLoader(
            Dataset(23),
            (s, _) => s.ImageId == "7" ? throw new InvalidDataException("corrupt image 7.jpg") : Prepare(s, 0),
            new LoaderOptions { BatchSize = 4, Workers = 2 });
        var e = Assert.Throws<InvalidDataException>(() => loader.Batches().ToList());
        Assert.Equal("corrupt image 7.jpg", e.Message);
    }

    [Fact]
    public void Prefetch_bounds_the_samples_prepared_ahead_of_the_consumer()
    {
        int prepared = 0;
        int maxAhead = 0;
        int consumed = 0;
        var loader = new DetectionLoader(
            Dataset(23),
            (s, seed) =>
            {
                int ahead = Interlocked.Increment(ref prepared) - Volatile.Read(ref consumed);
                InterlockedMax(ref maxAhead, ahead);
                return Prepare(s, seed);
            },
            new LoaderOptions { BatchSize = 2, NumEpochs = 3, PrefetchBatches = 2, Workers = 2 });
        foreach (HostBatch batch in loader.Batches())
        {
            Thread.Sleep(5);
            Interlocked.Add(ref consumed, batch.Samples.Count);
        }

        // At most PrefetchBatches queued + 1 being written + 1 being consumed batches of 2 samples.
        Assert.InRange(maxAhead, 1, (2 + 2) * 2);
    }

    [Fact]
    public void Images_tensor_is_chw_in_sample_order()
    {
        using IDisposable scope = NewDisposeScope();

        // A 2x1 image: pixel 0 = (1, 2, 3), pixel 1 = (4, 5, 6) -> planes R = (1, 4), G = (2, 5), B = (3, 6).
        var sample = new PreparedSample("a", new RgbImage(2, 1, new float[] { 1, 2, 3, 4, 5, 6 }), new[] { new GroundTruthBox(0.1f, 0.2f, 0.3f, 0.4f, 2) });
        var batch = new HostBatch(0, new long[] { 0 }, new[] { sample });
        Tensor images = batch.ImagesTensor();
        Assert.Equal(new long[] { 1, 3, 1, 2 }, images.shape);
        Assert.Equal(new float[] { 1, 4, 2, 5, 3, 6 }, images.data<float>().ToArray());
        Assert.Equal(new long[] { 2 }, batch.GroundTruth()[0].Classes.data<long>().ToArray());
    }

    private static List<HostBatch> Load(LoaderOptions options) =>
        new DetectionLoader(Dataset(23), Prepare, options).Batches().ToList();

    private static IEnumerable<DetectionSample> Dataset(int count) =>
        Enumerable.Range(0, count).Select(i => new DetectionSample(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture), "memory", null, null, 4, 4, Array.Empty<GroundTruthBox>()));

    /// <summary>A stand-in for decode + augment: pixels drawn from the sample's seed.</summary>
    private static PreparedSample Prepare(DetectionSample sample, ulong seed)
    {
        var pixels = new float[4 * 4 * 3];
        ulong state = seed;
        for (int i = 0; i < pixels.Length; i++)
        {
            state = SampleSeeds.Mix(state);
            pixels[i] = state % 256;
        }

        return new PreparedSample(sample.ImageId, new RgbImage(4, 4, pixels), sample.Objects);
    }

    private static PreparedSample Record(System.Collections.Concurrent.ConcurrentDictionary<string, ulong> seen, DetectionSample s, ulong seed)
    {
        seen[s.ImageId] = seed;
        return Prepare(s, seed);
    }

    private static string Fingerprint(List<HostBatch> batches) =>
        string.Join(";", batches.Select(b => b.Epoch + ":" + string.Join(",", b.Samples.Select(s => s.ImageId + "=" + string.Join(" ", s.Image.Pixels)))));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
