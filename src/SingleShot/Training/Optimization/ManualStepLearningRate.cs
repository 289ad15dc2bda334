namespace SingleShot.Training.Optimization;

/// <summary>
/// A piecewise-constant rate (TF OD API <c>manual_step_learning_rate</c>, function <c>manual_stepping</c>): the
/// initial rate until the first boundary, then each scheduled rate from its step on. With warm-up, the steps before
/// the first boundary <c>b0</c> instead interpolate linearly, as TF does:
/// <c>rate(s) = initial + (rate0 - initial) * s / b0</c> for <c>s &lt; b0</c>, reaching <c>rate0</c> at <c>b0</c>.
/// </summary>
public sealed class ManualStepLearningRate : ILearningRateSchedule
{
    private readonly double _initialLearningRate;
    private readonly (long Step, double LearningRate)[] _schedule;
    private readonly bool _warmup;

    /// <summary>Creates the schedule.</summary>
    /// <param name="initialLearningRate">The rate before the first boundary; finite, not negative.</param>
    /// <param name="schedule">
    /// Boundaries and the rates from them on: steps positive (TF: "First step cannot be zero") and strictly
    /// increasing, rates finite and not negative. May be empty (a constant rate); the TF OD API builder rejects
    /// an empty schedule, which <c>LearningRateScheduleBuilder</c> does too.
    /// </param>
    /// <param name="warmup">Interpolate linearly from the initial rate to the first scheduled rate.</param>
    public ManualStepLearningRate(double initialLearningRate, IReadOnlyList<(long Step, double LearningRate)> schedule, bool warmup = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ScheduleArguments.RequireFiniteNonNegative(initialLearningRate, nameof(initialLearningRate));
        for (int i = 0; i < schedule.Count; i++)
        {
            (long step, double rate) = schedule[i];
            if (i == 0 && step <= 0)
            {
                throw new ArgumentException($"schedule[0].step is {step}: the first step must be positive (TF: \"First step cannot be zero\").", nameof(schedule));
            }

            if (i > 0 && step <= schedule[i - 1].Step)
            {
                throw new ArgumentException(
                    $"schedule[{i}].step ({step}) must be greater than schedule[{i - 1}].step ({schedule[i - 1].Step}): steps must be strictly increasing.",
                    nameof(schedule));
            }

            if (!double.IsFinite(rate) || rate < 0)
            {
                throw new ArgumentException($"schedule[{i}].learning_rate must be finite and not negative, got {ScheduleArguments.Format(rate)}.", nameof(schedule));
            }
        }

        _initialLearningRate = initialLearningRate;
        _schedule = schedule.ToArray();
        _warmup = warmup;
    }

    /// <inheritdoc/>
    public double LearningRate(long step)
    {
        ScheduleArguments.RequireStep(step);
        if (_schedule.Length == 0)
        {
            return _initialLearningRate;
        }

        (long firstStep, double firstRate) = _schedule[0];
        if (step < firstStep)
        {
            return _warmup
                ? _initialLearningRate + ((firstRate - _initialLearningRate) / firstStep * step)
                : _initialLearningRate;
        }

        double rate = firstRate;
        for (int i = 1; i < _schedule.Length && step >= _schedule[i].Step; i++)
        {
            rate = _schedule[i].LearningRate;
        }

        return rate;
    }
}
