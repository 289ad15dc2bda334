namespace SingleShot.Training.Logging;

/// <summary>One row of a metrics file.</summary>
/// <param name="Step">The training step.</param>
/// <param name="WallTime">Seconds since the Unix epoch; null when the cell is empty.</param>
/// <param name="Values">One entry per value column of the table (in <see cref="MetricsTable.Columns"/> order); null where the cell is empty.</param>
public sealed record MetricsRow(long Step, double? WallTime, IReadOnlyList<double?> Values);
