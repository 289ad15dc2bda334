namespace SingleShot.Training.Logging;

/// <summary>The contents of a metrics file: its value columns (after <c>step</c> and <c>wall_time</c>) and rows.</summary>
public sealed class MetricsTable
{
    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>Creates a table.</summary>
    /// <param name="columns">The value column names, without <c>step</c> and <c>wall_time</c>; distinct.</param>
    /// <param name="rows">The rows; each has one value per column.</param>
    public MetricsTable(IReadOnlyList<string> columns, IReadOnlyList<MetricsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Count; i++)
        {
            if (!_columnIndex.TryAdd(columns[i], i))
            {
                throw new ArgumentException($"Metrics column '{columns[i]}' appears twice.", nameof(columns));
            }
        }

        foreach (MetricsRow row in rows)
        {
            if (row.Values.Count != columns.Count)
            {
                throw new ArgumentException($"The row of step {row.Step} has {row.Values.Count} values for {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
    }

    /// <summary>The value column names in file order, without <c>step</c> and <c>wall_time</c>.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows in file order.</summary>
    public IReadOnlyList<MetricsRow> Rows { get; }

    /// <summary>Whether the table has a value column named <paramref name="column"/>.</summary>
    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The position of <paramref name="column"/> in <see cref="Columns"/>, or -1.</summary>
    public int IndexOf(string column) => _columnIndex.TryGetValue(column, out int index) ? index : -1;

    /// <summary>The rows where <paramref name="column"/> has a value, as (step, value) pairs.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public MetricSeries Series(string column)
    {
        int index = IndexOf(column);
        if (index < 0)
        {
            throw new KeyNotFoundException($"The metrics table has no column '{column}' (columns: {string.Join(", ", Columns)}).");
        }

        var steps = new List<long>();
        var values = new List<double>();
        foreach (MetricsRow row in Rows)
        {
            if (row.Values[index] is double value)
            {
                steps.Add(row.Step);
                values.Add(value);
            }
        }

        return new MetricSeries(column, steps, values);
    }
}
