namespace SingleShot.Training.Logging;

/// <summary>One event of a TensorBoard events file, as far as SingleShot reads it.</summary>
/// <param name="WallTime">Seconds since the Unix epoch.</param>
/// <param name="Step">The training step.</param>
/// <param name="FileVersion">The file version (e.g. <c>brain.Event:2</c>) when this is a file's first event; otherwise null.</param>
/// <param name="Scalars">The summary's scalar values in file order; empty for events without a summary. Other summary kinds (tensors, images, histograms) are not read.</param>
public sealed record TensorBoardEvent(double WallTime, long Step, string? FileVersion, IReadOnlyList<TensorBoardScalar> Scalars);
