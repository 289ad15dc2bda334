using System.Globalization;
using System.Net;
using Google.Protobuf;
using SingleShot.Data.Formats;
using SingleShot.Training.Logging.EventProtos;

namespace SingleShot.Training.Logging;

/// <summary>
/// Writes scalar values to a new TensorBoard events file, <c>events.out.tfevents.&lt;unix seconds&gt;.&lt;hostname&gt;</c>,
/// in TFRecord framing: a first event that carries the file version, then one event per logged step. Every write is
/// flushed to the operating system, so the file stays readable (by TensorBoard, while training runs) and complete up
/// to the last write if the process is killed. Not thread-safe; not responsible for any other summary kind.
/// </summary>
/// <remarks>
/// A resumed run writes a new file in the same folder, as TensorFlow does; TensorBoard reads a folder's files in name
/// (hence time) order, and when a step goes back to one it has already seen it drops the older values at that step and
/// later ones, so the curves of a resumed run do not double back.
/// </remarks>
public sealed class TensorBoardWriter : IDisposable
{
    /// <summary>The file version written in the first event: TensorFlow's current events format.</summary>
    public const string FileVersion = "brain.Event:2";

    /// <summary>The start of every events file name.</summary>
    public const string FileNamePrefix = "events.out.tfevents.";

    private readonly TimeProvider _timeProvider;
    private readonly TfRecordWriter _records;
    private bool _disposed;

    /// <summary>
    /// Creates a new events file in <paramref name="directory"/> (created when missing) and writes its file-version
    /// event. When a file of the same name already exists (two writers started within one second), a numeric suffix
    /// is appended rather than replacing it.
    /// </summary>
    /// <param name="directory">The folder TensorBoard is pointed at (the model directory).</param>
    /// <param name="timeProvider">The clock for wall times and the file name; the system clock when null.</param>
    public TensorBoardWriter(string directory, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _timeProvider = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(directory);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        (FilePath, FileStream stream) = CreateNewFile(directory, now);
        _records = new TfRecordWriter(stream);
        WriteEvent(new Event { WallTime = UnixTime.Seconds(now), FileVersion = FileVersion });
    }

    /// <summary>The full path of the events file being written.</summary>
    public string FilePath { get; }

    /// <summary>Number of events written, the file-version event included.</summary>
    public long EventCount => _records.Count;

    /// <summary>Logs one scalar as its own event: <c>Event{wall_time, step, summary{value{tag, simple_value}}}</c>.</summary>
    /// <param name="tag">The series name shown by TensorBoard, e.g. <c>loss/total</c>; '/' groups series.</param>
    /// <param name="value">The value; stored as float32 (TensorBoard's <c>simple_value</c>), so it is rounded.</param>
    /// <param name="step">The training step (the x axis).</param>
    /// <param name="wallTime">Seconds since the Unix epoch; now when null.</param>
    public void AddScalar(string tag, double value, long step, double? wallTime = null) =>
        AddScalars([new KeyValuePair<string, double>(tag, value)], step, wallTime);

    /// <summary>Logs several scalars of one step as a single event with one summary value per tag.</summary>
    /// <param name="values">Tag and value pairs, as for <see cref="AddScalar"/>.</param>
    /// <param name="step">The training step (the x axis).</param>
    /// <param name="wallTime">Seconds since the Unix epoch; now when null.</param>
    public void AddScalars(IEnumerable<KeyValuePair<string, double>> values, long step, double? wallTime = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var summary = new Summary();
        foreach ((string tag, double value) in values)
        {
            if (string.IsNullOrEmpty(tag))
            {
                throw new ArgumentException($"A TensorBoard scalar needs a non-empty tag (writing {FilePath}, step {step}).", nameof(values));
            }

            summary.Value.Add(new Summary.Types.Value { Tag = tag, SimpleValue = (float)value });
        }

        if (summary.Value.Count == 0)
        {
            return;
        }

        WriteEvent(new Event { WallTime = wallTime ?? UnixTime.Now(_timeProvider), Step = step, Summary = summary });
    }

    /// <summary>Flushes written events to the operating system (every add already does).</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _records.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _records.Dispose();
        }
    }

    private static (string Path, FileStream Stream) CreateNewFile(string directory, DateTimeOffset now)
    {
        string baseName = FileNamePrefix + now.ToUnixTimeSeconds().ToString("D10", CultureInfo.InvariantCulture) + "." + Dns.GetHostName();
        for (int attempt = 0; ; attempt++)
        {
            string name = attempt == 0 ? baseName : $"{baseName}.{attempt}";
            string path = Path.GetFullPath(Path.Combine(directory, name));
            try
            {
                return (path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 12));
            }
            catch (IOException) when (File.Exists(path) && attempt < 1000)
            {
                continue;
            }
        }
    }

    private void WriteEvent(Event e)
    {
        _records.Write(e.ToByteArray());
        _records.Flush();
    }
}
