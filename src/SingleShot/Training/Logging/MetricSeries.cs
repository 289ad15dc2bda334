namespace SingleShot.Training.Logging;

/// <summary>One column of a metrics file as (step, value) pairs, in file order.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Steps">The steps of the rows where the column has a value.</param>
/// <param name="Values">Those values, same length as <paramref name="Steps"/>; NaN and infinities are kept.</param>
public sealed record MetricSeries(string Column, IReadOnlyList<long> Steps, IReadOnlyList<double> Values);
