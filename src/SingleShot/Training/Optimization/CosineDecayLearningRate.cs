namespace SingleShot.Training.Optimization;

/// <summary>
/// Cosine decay with linear warm-up and an optional hold (TF OD API <c>cosine_decay_learning_rate</c>, function
/// <c>cosine_decay_with_warmup</c>), with W = warmup_steps, H = hold_base_rate_steps, T = total_steps:
/// <list type="bullet">
/// <item><c>step &lt; W</c>: <c>warmup_rate + step * (base - warmup_rate) / W</c>;</item>
/// <item><c>W &lt;= step &lt;= W + H</c> (only when H &gt; 0): <c>base</c>;</item>
/// <item>up to T: <c>0.5 * base * (1 + cos(pi * (step - W - H) / (T - W - H)))</c>;</item>
/// <item><c>step &gt; T</c>: 0.</item>
/// </list>
/// One deviation: when <c>T == W</c> and H is 0, TF computes 0/0 (NaN) at <c>step == T</c>; this returns <c>base</c>.
/// </summary>
public sealed class CosineDecayLearningRate : ILearningRateSchedule
{
    private readonly double _learningRateBase;
    private readonly long _totalSteps;
    private readonly double _warmupLearningRate;
    private readonly long _warmupSteps;
    private readonly long _holdBaseRateSteps;

    /// <summary>Creates the schedule, with TF's checks.</summary>
    /// <param name="learningRateBase">The peak rate; finite, not negative, and (with warm-up) not below <paramref name="warmupLearningRate"/>.</param>
    /// <param name="totalSteps">The step after which the rate is 0; not below <paramref name="warmupSteps"/>.</param>
    /// <param name="warmupLearningRate">The rate at step 0 of the warm-up; finite, not negative.</param>
    /// <param name="warmupSteps">Steps of linear warm-up; not negative.</param>
    /// <param name="holdBaseRateSteps">Steps the peak rate is held after warm-up; not negative.</param>
    public CosineDecayLearningRate(double learningRateBase, long totalSteps, double warmupLearningRate = 0, long warmupSteps = 0, long holdBaseRateSteps = 0)
    {
        ScheduleArguments.RequireFiniteNonNegative(learningRateBase, nameof(learningRateBase));
        ScheduleArguments.RequireFiniteNonNegative(warmupLearningRate, nameof(warmupLearningRate));
        ScheduleArguments.RequireNonNegative(totalSteps, nameof(totalSteps));
        ScheduleArguments.RequireNonNegative(warmupSteps, nameof(warmupSteps));
        ScheduleArguments.RequireNonNegative(holdBaseRateSteps, nameof(holdBaseRateSteps));
        if (totalSteps < warmupSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSteps), $"must be larger or equal to warmup_steps ({warmupSteps}), got {totalSteps}.");
        }

        if (warmupSteps > 0 && learningRateBase < warmupLearningRate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(learningRateBase),
                $"must be larger or equal to warmup_learning_rate ({ScheduleArguments.Format(warmupLearningRate)}), got {ScheduleArguments.Format(learningRateBase)}.");
        }

        _learningRateBase = learningRateBase;
        _totalSteps = totalSteps;
        _warmupLearningRate = warmupLearningRate;
        _warmupSteps = warmupSteps;
        _holdBaseRateSteps = holdBaseRateSteps;
    }

    /// <inheritdoc/>
    public double LearningRate(long step)
    {
        ScheduleArguments.RequireStep(step);
        if (step > _totalSteps)
        {
            return 0.0;
        }

        if (step < _warmupSteps)
        {
            double slope = (_learningRateBase - _warmupLearningRate) / _warmupSteps;
            return (slope * step) + _warmupLearningRate;
        }

        long decayStart = _warmupSteps + _holdBaseRateSteps;
        long decaySteps = _totalSteps - decayStart;
        if ((_holdBaseRateSteps > 0 && step <= decayStart) || decaySteps <= 0)
        {
            return _learningRateBase;
        }

        return 0.5 * _learningRateBase * (1 + Math.Cos(Math.PI * (step - decayStart) / decaySteps));
    }
}
