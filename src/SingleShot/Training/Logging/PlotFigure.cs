namespace SingleShot.Training.Logging;

/// <summary>One figure of <see cref="TrainingPlots"/>: its file name without extension, title, y-axis label and curves.</summary>
/// <param name="FileStem">The PNG file name without extension.</param>
/// <param name="Title">The figure title.</param>
/// <param name="YLabel">The y-axis label (the x axis is always the step).</param>
/// <param name="Series">The curves; a legend is drawn when there is more than one.</param>
internal sealed record PlotFigure(string FileStem, string Title, string YLabel, IReadOnlyList<MetricSeries> Series);
