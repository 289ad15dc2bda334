using System.Globalization;
using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>
/// A model directory's checkpoints: <c>checkpoints/ckpt-&lt;step&gt;.safetensors</c> files, the
/// <c>checkpoints/checkpoint.json</c> pointer to the latest, and <c>best.safetensors</c>. Every file is written
/// atomically, and the pointer is updated only after the checkpoint it names is complete, so a crash at any moment
/// leaves the previous state usable. Not responsible for what goes into a checkpoint (the trainer decides).
/// </summary>
public sealed class CheckpointManager
{
    /// <summary>The folder of the step checkpoints, inside the model directory.</summary>
    public const string CheckpointsFolder = "checkpoints";

    /// <summary>The pointer file's name, inside <see cref="CheckpointsFolder"/>.</summary>
    public const string IndexFileName = "checkpoint.json";

    /// <summary>The best checkpoint's file name, in the model directory.</summary>
    public const string BestFileName = "best.safetensors";

    /// <summary>Creates a manager for <paramref name="modelDirectory"/> keeping the newest <paramref name="maxToKeep"/> step checkpoints.</summary>
    /// <param name="modelDirectory">The run's folder; created on the first save.</param>
    /// <param name="maxToKeep">Step checkpoints to keep (at least 1); older ones are deleted after each save.</param>
    public CheckpointManager(string modelDirectory, int maxToKeep)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelDirectory);
        if (maxToKeep < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxToKeep), maxToKeep, "train_config.max_to_keep must be at least 1.");
        }

        ModelDirectory = Path.GetFullPath(modelDirectory);
        MaxToKeep = maxToKeep;
    }

    /// <summary>The run's folder (absolute).</summary>
    public string ModelDirectory { get; }

    /// <summary>Step checkpoints kept.</summary>
    public int MaxToKeep { get; }

    /// <summary>The folder of the step checkpoints.</summary>
    public string CheckpointDirectory => Path.Combine(ModelDirectory, CheckpointsFolder);

    /// <summary>The pointer file <c>checkpoints/checkpoint.json</c>.</summary>
    public string IndexPath => Path.Combine(CheckpointDirectory, IndexFileName);

    /// <summary>
    /// The latest step checkpoint's path, or null when there is none. Throws <see cref="FileNotFoundException"/> when
    /// <c>checkpoint.json</c> names a file that does not exist, and <see cref="InvalidDataException"/> when it is malformed.
    /// </summary>
    public string? LatestPath
    {
        get
        {
            string? latest = CheckpointIndex.Read(IndexPath).Latest;
            if (latest is null)
            {
                return null;
            }

            string path = Path.Combine(CheckpointDirectory, latest);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{IndexPath} names '{latest}' as the latest checkpoint, but {path} does not exist. "
                    + $"Restore the file, or delete {IndexPath} to start without resuming.",
                    path);
            }

            return path;
        }
    }

    /// <summary>The step checkpoints listed in <c>checkpoint.json</c>, oldest saved first (paths, whether or not they exist).</summary>
    public IReadOnlyList<string> CheckpointPaths =>
        CheckpointIndex.Read(IndexPath).Files.Select(f => Path.Combine(CheckpointDirectory, f)).ToArray();

    /// <summary>The best checkpoint's path, or null when none has been saved.</summary>
    public string? BestPath
    {
        get
        {
            string path = Path.Combine(ModelDirectory, BestFileName);
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>
    /// Writes <c>checkpoints/ckpt-&lt;step&gt;.safetensors</c> atomically, makes it the latest in <c>checkpoint.json</c>
    /// (atomically), then deletes the oldest step checkpoints beyond <see cref="MaxToKeep"/>. Returns the new file's path.
    /// </summary>
    public string Save(CheckpointContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(CheckpointDirectory);
        string fileName = string.Create(CultureInfo.InvariantCulture, $"ckpt-{content.Step}.safetensors");
        string path = Path.Combine(CheckpointDirectory, fileName);
        Write(path, content, extraMetadata: null);
        CheckpointIndex index = CheckpointIndex.Read(IndexPath).With(fileName, content.Step);
        CheckpointIndex kept = index.Newest(MaxToKeep);
        kept.Write(IndexPath);
        foreach (string stale in index.Files.Except(kept.Files, StringComparer.Ordinal))
        {
            TryDelete(Path.Combine(CheckpointDirectory, stale));
        }

        return path;
    }

    /// <summary>
    /// Writes <c>best.safetensors</c> in the model directory atomically, with <paramref name="metricName"/> and
    /// <paramref name="value"/> in its metadata (<see cref="CheckpointKeys.BestMetric"/>, <see cref="CheckpointKeys.BestMetricValue"/>).
    /// Step checkpoints and <c>checkpoint.json</c> are not touched. Returns the file's path.
    /// </summary>
    public string SaveBest(CheckpointContent content, string metricName, double value)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(metricName);
        Directory.CreateDirectory(ModelDirectory);
        string path = Path.Combine(ModelDirectory, BestFileName);
        var extra = new Dictionary<string, string>
        {
            [CheckpointKeys.BestMetric] = metricName,
            [CheckpointKeys.BestMetricValue] = value.ToString("R", CultureInfo.InvariantCulture),
        };
        Write(path, content, extra);
        return path;
    }

    /// <summary>
    /// Reads a checkpoint written by <see cref="Save"/> or <see cref="SaveBest"/>, or a plain model-only safetensors
    /// file (then the step is 0, the optimizer state empty and the moving averages null). The returned content owns
    /// its CPU tensors: dispose it when done (after copying them into a model).
    /// </summary>
    public static CheckpointContent Load(string path)
    {
        SafeTensorsContent file = SafeTensors.Read(path);
        try
        {
            return CheckpointFile.ToContent(path, file).TakeOwnership();
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The new checkpoint and the pointer are safely written; a stale file left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static void Write(string path, CheckpointContent content, IReadOnlyDictionary<string, string>? extraMetadata)
    {
        IEnumerable<KeyValuePair<string, Tensor>> tensors = CheckpointFile.Tensors(content);
        IReadOnlyDictionary<string, string> metadata = CheckpointFile.Metadata(content, extraMetadata);
        SafeTensors.Write(path, tensors, metadata);
    }
}
