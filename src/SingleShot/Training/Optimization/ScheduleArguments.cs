using System.Globalization;

namespace SingleShot.Training.Optimization;

/// <summary>Argument checks shared by the learning-rate schedules and optimizers.</summary>
internal static class ScheduleArguments
{
    /// <summary>A learning rate or hyperparameter must be finite and not negative.</summary>
    public static void RequireFiniteNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, $"must be finite and not negative, got {Format(value)}.");
        }
    }

    /// <summary>A step count must not be negative.</summary>
    public static void RequireNonNegative(long value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, $"must not be negative, got {value}.");
        }
    }

    /// <summary>A global step must not be negative.</summary>
    public static void RequireStep(long step) => RequireNonNegative(step, nameof(step));

    /// <summary>A hyperparameter must lie in [<paramref name="min"/>, <paramref name="max"/>] (or [min, max) when <paramref name="maxExclusive"/>).</summary>
    public static void RequireInRange(double value, string name, double min, double max, bool maxExclusive = false)
    {
        bool inRange = value >= min && (maxExclusive ? value < max : value <= max);
        if (!inRange)
        {
            string upper = maxExclusive ? ")" : "]";
            throw new ArgumentOutOfRangeException(name, $"must be in [{Format(min)}, {Format(max)}{upper}, got {Format(value)}.");
        }
    }

    /// <summary>A value printed the same way on every machine.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
