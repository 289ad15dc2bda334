namespace SingleShot.Training.Optimization;

/// <summary>
/// Exponential decay with a burn-in period and a floor (TF OD API <c>exponential_decay_learning_rate</c>, function
/// <c>exponential_decay_with_burnin</c>): for <c>step &lt; burnin_steps</c> the rate is the burn-in rate (the
/// initial rate when the burn-in rate is 0); afterwards it is
/// <c>initial * decay_factor ^ ((step - burnin_steps) / decay_steps)</c>, the exponent floored when
/// <c>staircase</c>; the result is never below <c>min_learning_rate</c> (burn-in included).
/// </summary>
public sealed class ExponentialDecayLearningRate : ILearningRateSchedule
{
    private readonly double _initialLearningRate;
    private readonly long _decaySteps;
    private readonly double _decayFactor;
    private readonly bool _staircase;
    private readonly double _burninLearningRate;
    private readonly long _burninSteps;
    private readonly double _minLearningRate;

    /// <summary>Creates the schedule.</summary>
    /// <param name="initialLearningRate">The rate when decay starts (after burn-in); finite, not negative.</param>
    /// <param name="decaySteps">Steps per factor of <paramref name="decayFactor"/>; positive (TF would divide by zero).</param>
    /// <param name="decayFactor">The factor per <paramref name="decaySteps"/>; finite and positive.</param>
    /// <param name="staircase">Decay in whole steps of <paramref name="decaySteps"/> rather than continuously.</param>
    /// <param name="burninLearningRate">The rate during burn-in; 0 means <paramref name="initialLearningRate"/>.</param>
    /// <param name="burninSteps">Steps of burn-in; not negative.</param>
    /// <param name="minLearningRate">The floor of the rate; finite, not negative.</param>
    public ExponentialDecayLearningRate(
        double initialLearningRate,
        long decaySteps,
        double decayFactor,
        bool staircase = true,
        double burninLearningRate = 0,
        long burninSteps = 0,
        double minLearningRate = 0)
    {
        ScheduleArguments.RequireFiniteNonNegative(initialLearningRate, nameof(initialLearningRate));
        if (decaySteps <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(decaySteps), $"must be positive, got {decaySteps}.");
        }

        if (!double.IsFinite(decayFactor) || decayFactor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(decayFactor), $"must be finite and positive, got {ScheduleArguments.Format(decayFactor)}.");
        }

        ScheduleArguments.RequireFiniteNonNegative(burninLearningRate, nameof(burninLearningRate));
        ScheduleArguments.RequireNonNegative(burninSteps, nameof(burninSteps));
        ScheduleArguments.RequireFiniteNonNegative(minLearningRate, nameof(minLearningRate));
        _initialLearningRate = initialLearningRate;
        _decaySteps = decaySteps;
        _decayFactor = decayFactor;
        _staircase = staircase;
        _burninLearningRate = burninLearningRate == 0 ? initialLearningRate : burninLearningRate;
        _burninSteps = burninSteps;
        _minLearningRate = minLearningRate;
    }

    /// <inheritdoc/>
    public double LearningRate(long step)
    {
        ScheduleArguments.RequireStep(step);
        double rate;
        if (step < _burninSteps)
        {
            rate = _burninLearningRate;
        }
        else
        {
            double exponent = (double)(step - _burninSteps) / _decaySteps;
            if (_staircase)
            {
                exponent = Math.Floor(exponent);
            }

            rate = _initialLearningRate * Math.Pow(_decayFactor, exponent);
        }

        return Math.Max(rate, _minLearningRate);
    }
}
