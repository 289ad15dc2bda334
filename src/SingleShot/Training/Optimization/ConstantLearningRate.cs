namespace SingleShot.Training.Optimization;

/// <summary>The same learning rate at every step (TF OD API <c>constant_learning_rate</c>).</summary>
public sealed class ConstantLearningRate : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="learningRate">The rate; finite and not negative.</param>
    public ConstantLearningRate(double learningRate)
    {
        ScheduleArguments.RequireFiniteNonNegative(learningRate, nameof(learningRate));
        Rate = learningRate;
    }

    /// <summary>The rate.</summary>
    public double Rate { get; }

    /// <inheritdoc/>
    public double LearningRate(long step)
    {
        ScheduleArguments.RequireStep(step);
        return Rate;
    }
}
