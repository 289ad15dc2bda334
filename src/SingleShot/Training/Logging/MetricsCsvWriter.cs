using System.Text;

namespace SingleShot.Training.Logging;

/// <summary>
/// Writes a metrics file (<c>metrics.csv</c>, <c>eval_metrics.csv</c>; format in <see cref="MetricsCsv"/>): one row per
/// logged step with the columns fixed at creation, each row flushed to the operating system as it is written, so the
/// file can be read (and plotted) while training runs and is complete up to the last row if the process is killed.
/// Not thread-safe.
/// </summary>
public sealed class MetricsCsvWriter : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, int> _columnIndex = new(StringComparer.Ordinal);
    private readonly List<string> _columns = [];
    private readonly StreamWriter _writer;
    private bool _disposed;

    /// <summary>
    /// Starts a metrics file. Without <paramref name="resumeAfterStep"/> the file is created (an existing one is
    /// replaced: a new run). With it, an existing file is kept up to and including that step: later rows (logged
    /// after the checkpoint the run resumes from) are dropped so the curves do not double back, and the file is
    /// rewritten atomically before new rows are appended. Columns of the existing file that are not in
    /// <paramref name="columns"/> are kept after them (empty in new rows), so no logged value is lost.
    /// </summary>
    /// <param name="path">The file to write, e.g. <c>&lt;model dir&gt;/metrics.csv</c>; its folder is created when missing.</param>
    /// <param name="columns">The value columns after <c>step</c> and <c>wall_time</c>, e.g. <c>loss/total</c>, <c>learning_rate</c>; distinct, no comma, quote or line break.</param>
    /// <param name="resumeAfterStep">The step of the checkpoint the run resumes from; null for a new run.</param>
    /// <param name="timeProvider">The clock for default wall times; the system clock when null.</param>
    /// <exception cref="ArgumentException">A column name is invalid or repeated.</exception>
    /// <exception cref="InvalidDataException">The existing file cannot be read on resume; names the file and line.</exception>
    public MetricsCsvWriter(string path, IReadOnlyList<string> columns, long? resumeAfterStep = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(columns);
        FilePath = Path.GetFullPath(path);
        _timeProvider = timeProvider ?? TimeProvider.System;
        foreach (string column in columns)
        {
            MetricsCsv.ValidateColumnName(column, FilePath);
            if (!AddColumn(column))
            {
                throw new ArgumentException($"{FilePath}: metrics column '{column}' is given twice.", nameof(columns));
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        bool resume = resumeAfterStep is not null && File.Exists(FilePath) && new FileInfo(FilePath).Length > 0;
        if (resume)
        {
            LastStep = RewriteKeptRows(resumeAfterStep!.Value);
            _writer = Open(FileMode.Append);
        }
        else
        {
            _writer = Open(FileMode.Create);
            _writer.Write(MetricsCsv.FormatHeader(_columns) + "\n");
            _writer.Flush();
        }

    }

    /// <summary>The full path of the file.</summary>
    public string FilePath { get; }

    /// <summary>The value columns in file order: the given ones, then any kept from the resumed file.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The step of the last row in the file (written or kept on resume); null when there is none.</summary>
    public long? LastStep { get; private set; }

    /// <summary>Appends the row of <paramref name="step"/> and flushes it.</summary>
    /// <param name="step">The training step; greater than <see cref="LastStep"/>.</param>
    /// <param name="values">Values by column name; columns not given are left empty.</param>
    /// <param name="wallTime">Seconds since the Unix epoch; now when null.</param>
    /// <exception cref="ArgumentException">A value names an unknown column, or the step does not increase; names the file.</exception>
    public void WriteRow(long step, IReadOnlyDictionary<string, double> values, double? wallTime = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (LastStep is long last && step <= last)
        {
            throw new ArgumentException($"{FilePath}: step {step} is not after the last row's step {last}; rows must have increasing steps.", nameof(step));
        }

        var cells = new double?[_columns.Count];
        foreach ((string column, double value) in values)
        {
            if (!_columnIndex.TryGetValue(column, out int index))
            {
                throw new ArgumentException($"{FilePath} has no column '{column}' (columns: {string.Join(", ", _columns)}).", nameof(values));
            }

            cells[index] = value;
        }

        double time = wallTime ?? UnixTime.Now(_timeProvider);
        _writer.Write(MetricsCsv.FormatRow(step, time, cells) + "\n");
        _writer.Flush();
        LastStep = step;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _writer.Dispose();
        }
    }

    private bool AddColumn(string column)
    {
        if (!_columnIndex.TryAdd(column, _columns.Count))
        {
            return false;
        }

        _columns.Add(column);
        return true;
    }

    private StreamWriter Open(FileMode mode) =>
        new(new FileStream(FilePath, mode, FileAccess.Write, FileShare.Read, 1 << 12), s_utf8);

    private long? RewriteKeptRows(long resumeAfterStep)
    {
        MetricsTable existing = MetricsCsv.Read(FilePath);
        foreach (string column in existing.Columns)
        {
            AddColumn(column);
        }

        var text = new StringBuilder(MetricsCsv.FormatHeader(_columns)).Append('\n');
        long? lastStep = null;
        foreach (MetricsRow row in existing.Rows.Where(row => row.Step <= resumeAfterStep))
        {
            var cells = new double?[_columns.Count];
            for (int i = 0; i < existing.Columns.Count; i++)
            {
                cells[_columnIndex[existing.Columns[i]]] = row.Values[i];
            }

            text.Append(MetricsCsv.FormatRow(row.Step, row.WallTime, cells)).Append('\n');
            lastStep = lastStep is long previous ? Math.Max(previous, row.Step) : row.Step;
        }

        AtomicFile.WriteAllBytes(FilePath, s_utf8.GetBytes(text.ToString()));
        return lastStep;
    }
}
