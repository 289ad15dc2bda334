using System.Globalization;
using System.Text;

namespace SingleShot.Training.Logging;

/// <summary>
/// The metrics file format written by <see cref="MetricsCsvWriter"/>: comma-separated, UTF-8, <c>\n</c> line ends, a
/// header <c>step,wall_time,&lt;columns&gt;</c>, then one row per logged step; numbers in the invariant culture, doubles
/// in their shortest round-trip form (<c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> included); an empty cell is a
/// value that was not logged at that step. Column names contain no comma, quote or line break, so no cell is quoted.
/// </summary>
public static class MetricsCsv
{
    /// <summary>Reads a metrics file. A last line without its line end (a row cut short by a kill, or being written right now) is ignored.</summary>
    /// <param name="path">A file written by <see cref="MetricsCsvWriter"/>, e.g. <c>metrics.csv</c>.</param>
    /// <returns>The value columns (after <c>step</c> and <c>wall_time</c>) and the rows, in file order.</returns>
    /// <exception cref="InvalidDataException">The header or a row is malformed; the message names the file, line and column.</exception>
    public static MetricsTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        string[] lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').Length == 0)
        {
            throw new InvalidDataException($"{path}:1: the metrics file has no header (expected '{MetricsColumns.Step},{MetricsColumns.WallTime},...').");
        }

        string[] columns = ReadHeader(path, lines[0].TrimEnd('\r'));
        var rows = new List<MetricsRow>();
        // The last piece after the final '\n' is empty for a complete file and an unterminated row otherwise: skip it.
        for (int i = 1; i < lines.Length - 1; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length > 0)
            {
                rows.Add(ReadRow(path, i + 1, line, columns));
            }
        }

        return new MetricsTable(columns, rows);
    }

    /// <summary>Checks that <paramref name="name"/> can be a value column of a metrics file.</summary>
    /// <exception cref="ArgumentException">The name is empty, reserved, or contains a comma, quote or line break.</exception>
    internal static void ValidateColumnName(string name, string path)
    {
        if (string.IsNullOrEmpty(name) || name.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            throw new ArgumentException($"{path}: metrics column name '{name}' must be non-empty and contain no comma, quote or line break.");
        }

        if (name is MetricsColumns.Step or MetricsColumns.WallTime)
        {
            throw new ArgumentException($"{path}: '{name}' is always the first or second column; it cannot be a value column.");
        }
    }

    /// <summary>The header line (without line end) for <paramref name="columns"/>.</summary>
    internal static string FormatHeader(IEnumerable<string> columns) =>
        string.Join(',', new[] { MetricsColumns.Step, MetricsColumns.WallTime }.Concat(columns));

    /// <summary>One row (without line end): the step, the wall time and the values, empty cells for nulls.</summary>
    internal static string FormatRow(long step, double? wallTime, IReadOnlyList<double?> values)
    {
        var builder = new StringBuilder(32 + (values.Count * 20));
        builder.Append(step.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Format(wallTime));
        foreach (double? value in values)
        {
            builder.Append(',').Append(Format(value));
        }

        return builder.ToString();
    }

    private static string Format(double? value) =>
        value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string[] ReadHeader(string path, string line)
    {
        string[] fields = line.Split(',');
        if (fields.Length < 2 || fields[0] != MetricsColumns.Step || fields[1] != MetricsColumns.WallTime)
        {
            throw new InvalidDataException($"{path}:1: the header must start with '{MetricsColumns.Step},{MetricsColumns.WallTime}' but is '{line}'.");
        }

        string[] columns = fields[2..];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string column in columns)
        {
            if (column.Length == 0 || !seen.Add(column))
            {
                throw new InvalidDataException($"{path}:1: the header has an empty or repeated column name '{column}'.");
            }
        }

        return columns;
    }

    private static MetricsRow ReadRow(string path, int lineNumber, string line, string[] columns)
    {
        string[] fields = line.Split(',');
        if (fields.Length != columns.Length + 2)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: the row has {fields.Length} fields but the header has {columns.Length + 2}.");
        }

        if (!long.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out long step))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: column '{MetricsColumns.Step}': '{fields[0]}' is not an integer.");
        }

        double? wallTime = ParseCell(path, lineNumber, MetricsColumns.WallTime, fields[1]);
        var values = new double?[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            values[i] = ParseCell(path, lineNumber, columns[i], fields[i + 2]);
        }

        return new MetricsRow(step, wallTime, values);
    }

    private static double? ParseCell(string path, int lineNumber, string column, string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: column '{column}': '{cell}' is not a number.");
        }

        return value;
    }
}
