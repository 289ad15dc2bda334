using System.Text;
using ScottPlot;

namespace SingleShot.Training.Logging;

/// <summary>
/// Draws the training curves of a model directory as PNG files (ScottPlot): the total loss, all loss components in one
/// figure, the learning rate, each other training column, and each evaluation metric when <c>eval_metrics.csv</c> sits
/// next to <c>metrics.csv</c>. The x axis is the training step; NaN and infinite values are left out. Not responsible
/// for writing the metrics (see <see cref="MetricsCsvWriter"/>).
/// </summary>
public static class TrainingPlots
{
    /// <summary>Figure width in pixels.</summary>
    public const int Width = 960;

    /// <summary>Figure height in pixels.</summary>
    public const int Height = 560;

    /// <summary>The file name (without .png) of the total-loss figure.</summary>
    public const string TotalLossFigure = "loss_total";

    /// <summary>The file name (without .png) of the figure with every loss component.</summary>
    public const string LossComponentsFigure = "loss_components";

    /// <summary>The file name (without .png) of the learning-rate figure.</summary>
    public const string LearningRateFigure = "learning_rate";

    /// <summary>The file-name prefix of evaluation metric figures; the rest is the metric name with unsafe characters replaced by '_'.</summary>
    public const string EvalFigurePrefix = "eval_";

    /// <summary>
    /// The font family that plot text is drawn with; null when none was found, in which case the figures have curves,
    /// axes and grid but no text (install a font, e.g. Debian's fonts-dejavu-core, or set <c>SINGLESHOT_PLOT_FONT</c> to a .ttf file).
    /// </summary>
    public static string? FontFamily => PlotFonts.Family;

    /// <summary>Writes the figures of <paramref name="metricsCsvPath"/> (and of <c>eval_metrics.csv</c> beside it) as PNGs, each atomically.</summary>
    /// <param name="metricsCsvPath">The training metrics file, <c>&lt;model dir&gt;/metrics.csv</c>.</param>
    /// <param name="plotsDirectory">Where the PNGs go (created when missing), e.g. <c>&lt;model dir&gt;/plots</c>.</param>
    /// <returns>The full paths of the files written, in the order above; a column without finite values gets no figure.</returns>
    /// <exception cref="InvalidDataException">A metrics file is malformed; names the file and line.</exception>
    public static IReadOnlyList<string> WriteLossCurves(string metricsCsvPath, string plotsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(metricsCsvPath);
        ArgumentException.ThrowIfNullOrEmpty(plotsDirectory);
        var figures = new List<PlotFigure>(TrainingFigures(MetricsCsv.Read(metricsCsvPath)));
        string evalPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(metricsCsvPath))!, MetricsColumns.EvalMetricsFileName);
        if (File.Exists(evalPath))
        {
            MetricsTable eval = MetricsCsv.Read(evalPath);
            figures.AddRange(eval.Columns.Select(column =>
                new PlotFigure(EvalFigurePrefix + SafeFileStem(column), $"Evaluation: {column}", column, [eval.Series(column)])));
        }

        Directory.CreateDirectory(plotsDirectory);
        var written = new List<string>();
        var usedStems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (PlotFigure figure in figures)
        {
            byte[]? png = Render(figure);
            if (png is null)
            {
                continue;
            }

            string stem = figure.FileStem;
            for (int n = 2; !usedStems.Add(stem); n++)
            {
                stem = $"{figure.FileStem}_{n}";
            }

            string path = Path.GetFullPath(Path.Combine(plotsDirectory, stem + ".png"));
            AtomicFile.WriteAllBytes(path, png);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Replaces every character other than ASCII letters, digits, '-', '_' and '.' with '_'.</summary>
    internal static string SafeFileStem(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        string stem = builder.ToString().Trim('.');
        return stem.Length > 0 ? stem : "metric";
    }

    /// <summary>The PNG bytes of one figure; null when no series has a finite point.</summary>
    internal static byte[]? Render(PlotFigure figure)
    {
        using var plot = new Plot();
        int plotted = 0;
        foreach (MetricSeries series in figure.Series)
        {
            (double[] steps, double[] values) = Finite(series);
            if (steps.Length == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(steps, values);
            scatter.LegendText = figure.Series.Count > 1 ? LegendName(series.Column) : string.Empty;
            scatter.LineWidth = 1.5f;
            scatter.MarkerSize = steps.Length <= 50 ? 5 : 0;
            plotted++;
        }

        if (plotted == 0)
        {
            return null;
        }

        plot.Title(figure.Title);
        plot.XLabel("step");
        plot.YLabel(figure.YLabel);
        if (figure.Series.Count > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        if (PlotFonts.Family is string family)
        {
            plot.Font.Set(family);
        }

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static IEnumerable<PlotFigure> TrainingFigures(MetricsTable table)
    {
        if (table.HasColumn(MetricsColumns.TotalLoss))
        {
            yield return new PlotFigure(TotalLossFigure, "Total loss", "loss", [table.Series(MetricsColumns.TotalLoss)]);
        }

        List<MetricSeries> components = table.Columns
            .Where(c => c.StartsWith(MetricsColumns.LossPrefix, StringComparison.Ordinal) && c != MetricsColumns.TotalLoss)
            .Select(table.Series)
            .ToList();
        if (components.Count > 0)
        {
            yield return new PlotFigure(LossComponentsFigure, "Loss components", "loss", components);
        }

        if (table.HasColumn(MetricsColumns.LearningRate))
        {
            yield return new PlotFigure(LearningRateFigure, "Learning rate", "learning rate", [table.Series(MetricsColumns.LearningRate)]);
        }

        foreach (string column in table.Columns)
        {
            if (!column.StartsWith(MetricsColumns.LossPrefix, StringComparison.Ordinal) && column != MetricsColumns.LearningRate)
            {
                yield return new PlotFigure(SafeFileStem(column), column.Replace('_', ' '), column, [table.Series(column)]);
            }
        }
    }

    private static string LegendName(string column) =>
        column.StartsWith(MetricsColumns.LossPrefix, StringComparison.Ordinal) ? column[MetricsColumns.LossPrefix.Length..] : column;

    private static (double[] Steps, double[] Values) Finite(MetricSeries series)
    {
        var steps = new List<double>(series.Steps.Count);
        var values = new List<double>(series.Values.Count);
        for (int i = 0; i < series.Steps.Count; i++)
        {
            if (double.IsFinite(series.Values[i]))
            {
                steps.Add(series.Steps[i]);
                values.Add(series.Values[i]);
            }
        }

        return (steps.ToArray(), values.ToArray());
    }
}
