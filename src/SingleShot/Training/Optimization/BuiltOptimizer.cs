namespace SingleShot.Training.Optimization;

/// <summary>
/// What <c>OptimizerBuilder</c> makes from a TF OD API <c>optimizer</c> block: the optimizer over the trainable
/// parameters, its learning-rate schedule, and the weight moving average when <c>use_moving_average</c> is on.
/// Disposing it disposes the optimizer's state and the averages (never the parameters).
/// </summary>
public sealed class BuiltOptimizer : IDisposable
{
    /// <summary>Groups the parts.</summary>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="schedule">Its learning rate per step.</param>
    /// <param name="movingAverage">The moving average of the same parameters, or null.</param>
    public BuiltOptimizer(TrainingOptimizer optimizer, ILearningRateSchedule schedule, ExponentialMovingAverage? movingAverage)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(schedule);
        Optimizer = optimizer;
        Schedule = schedule;
        MovingAverage = movingAverage;
    }

    /// <summary>The optimizer.</summary>
    public TrainingOptimizer Optimizer { get; }

    /// <summary>The learning rate per step.</summary>
    public ILearningRateSchedule Schedule { get; }

    /// <summary>The weight moving average, or null when <c>use_moving_average</c> is off.</summary>
    public ExponentialMovingAverage? MovingAverage { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Optimizer.Dispose();
        MovingAverage?.Dispose();
    }
}
