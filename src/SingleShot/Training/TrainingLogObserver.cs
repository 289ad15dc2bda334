using SingleShot.Evaluation;
using SingleShot.Training.Logging;

namespace SingleShot.Training;

/// <summary>
/// Writes a run's logs into the model directory: <c>metrics.csv</c> and TensorBoard scalars under <c>train/</c> every
/// logging interval, <c>eval_metrics.csv</c> and scalars under <c>eval/</c> after each evaluation, and the PNG plots
/// in <c>plots/</c> at the end. On resume, rows after the resumed step are dropped so curves do not double back.
/// </summary>
public sealed class TrainingLogObserver : ITrainingObserver, IDisposable
{
    /// <summary>The training metrics file name.</summary>
    public const string MetricsFile = MetricsColumns.MetricsFileName;

    /// <summary>The plots folder name.</summary>
    public const string PlotsFolder = "plots";

    private static readonly string[] s_columns =
    {
        MetricsColumns.TotalLoss,
        MetricsColumns.LocalizationLoss,
        MetricsColumns.ClassificationLoss,
        MetricsColumns.RegularizationLoss,
        MetricsColumns.LearningRate,
        MetricsColumns.ImagesPerSecond,
        "gradient_norm",
    };

    private readonly string _modelDirectory;
    private MetricsCsvWriter? _metrics;
    private MetricsCsvWriter? _evalMetrics;
    private TensorBoardWriter? _trainEvents;
    private TensorBoardWriter? _evalEvents;
    private long _startStep;

    /// <summary>Creates the observer; files are opened when the run starts.</summary>
    public TrainingLogObserver(string modelDirectory)
    {
        _modelDirectory = modelDirectory;
    }

    /// <summary>The PNG files written at the end of the run.</summary>
    public IReadOnlyList<string> Plots { get; private set; } = Array.Empty<string>();

    /// <inheritdoc/>
    public void OnStart(long startStep, long numSteps)
    {
        _startStep = startStep;
        _metrics = new MetricsCsvWriter(Path.Combine(_modelDirectory, MetricsFile), s_columns, startStep > 0 ? startStep : null);
        _trainEvents = new TensorBoardWriter(Path.Combine(_modelDirectory, "train"));
    }

    /// <inheritdoc/>
    public void OnStep(TrainingStepReport report)
    {
    }

    /// <inheritdoc/>
    public void OnLog(TrainingStepReport report)
    {
        var values = new Dictionary<string, double>(report.Losses)
        {
            [MetricsColumns.LearningRate] = report.LearningRate,
            [MetricsColumns.ImagesPerSecond] = report.ImagesPerSecond,
            ["gradient_norm"] = report.GradientNorm,
        };
        _metrics?.WriteRow(report.Step, values);
        _trainEvents?.AddScalars(values.Select(v => KeyValuePair.Create(TensorBoardTag(v.Key), v.Value)), report.Step);
        _trainEvents?.Flush();
    }

    /// <summary>The TF OD API's TensorBoard tag for a metrics column (so curves line up with TF runs).</summary>
    private static string TensorBoardTag(string column) => column switch
    {
        MetricsColumns.TotalLoss => "Loss/total_loss",
        MetricsColumns.LocalizationLoss => "Loss/localization_loss",
        MetricsColumns.ClassificationLoss => "Loss/classification_loss",
        MetricsColumns.RegularizationLoss => "Loss/regularization_loss",
        _ => column,
    };

    /// <inheritdoc/>
    public void OnCheckpoint(long step, string path)
    {
    }

    /// <inheritdoc/>
    public void OnEvaluation(long step, IReadOnlyList<NamedMetric> metrics, bool isBest)
    {
        _evalMetrics ??= new MetricsCsvWriter(
            Path.Combine(_modelDirectory, MetricsColumns.EvalMetricsFileName),
            metrics.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToArray(),
            _startStep > 0 ? _startStep : null);
        _evalEvents ??= new TensorBoardWriter(Path.Combine(_modelDirectory, "eval"));
        var values = metrics.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _evalMetrics.WriteRow(step, values);
        _evalEvents.AddScalars(values, step);
        _evalEvents.Flush();
    }

    /// <inheritdoc/>
    public void OnFinish(TrainingResult result)
    {
        Dispose();
        string metrics = Path.Combine(_modelDirectory, MetricsFile);
        if (File.Exists(metrics))
        {
            Plots = TrainingPlots.WriteLossCurves(metrics, Path.Combine(_modelDirectory, PlotsFolder));
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _metrics?.Dispose();
        _evalMetrics?.Dispose();
        _trainEvents?.Dispose();
        _evalEvents?.Dispose();
        _metrics = null;
        _evalMetrics = null;
        _trainEvents = null;
        _evalEvents = null;
    }
}
