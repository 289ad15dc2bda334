namespace SingleShot.Training.Logging;

/// <summary>
/// The file and column names of the model directory's metrics files, shared by the writers and the plots. The
/// loss columns use the <see cref="LossPrefix"/> so that the plots can find every loss component.
/// </summary>
public static class MetricsColumns
{
    /// <summary>The training metrics file in the model directory.</summary>
    public const string MetricsFileName = "metrics.csv";

    /// <summary>The evaluation metrics file in the model directory, next to <see cref="MetricsFileName"/>.</summary>
    public const string EvalMetricsFileName = "eval_metrics.csv";

    /// <summary>The first column of every metrics file: the training step.</summary>
    public const string Step = "step";

    /// <summary>The second column of every metrics file: seconds since the Unix epoch.</summary>
    public const string WallTime = "wall_time";

    /// <summary>The prefix of every loss column.</summary>
    public const string LossPrefix = "loss/";

    /// <summary>The total loss (the sum of the components).</summary>
    public const string TotalLoss = "loss/total";

    /// <summary>The box regression loss.</summary>
    public const string LocalizationLoss = "loss/localization";

    /// <summary>The classification loss.</summary>
    public const string ClassificationLoss = "loss/classification";

    /// <summary>The weight regularization loss.</summary>
    public const string RegularizationLoss = "loss/regularization";

    /// <summary>The learning rate used at the step.</summary>
    public const string LearningRate = "learning_rate";

    /// <summary>Training throughput.</summary>
    public const string ImagesPerSecond = "images_per_second";
}
