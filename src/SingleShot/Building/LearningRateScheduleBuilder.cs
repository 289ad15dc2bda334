using System.Text.RegularExpressions;
using SingleShot.Configuration;
using SingleShot.Training.Optimization;

namespace SingleShot.Building;

/// <summary>Maps a TF OD API <c>learning_rate</c> block to an <see cref="ILearningRateSchedule"/>, with TF's checks.</summary>
public static partial class LearningRateScheduleBuilder
{
    /// <summary>The schedule of <paramref name="config"/>.</summary>
    /// <param name="config">The oneof <c>learning_rate</c>; null when the config has none.</param>
    /// <param name="field">The dotted path of the block, e.g. <c>train_config.optimizer.momentum_optimizer.learning_rate</c>.</param>
    /// <exception cref="BuildException">The block is missing, or a value is invalid (the field is named).</exception>
    public static ILearningRateSchedule Build(LearningRateConfig? config, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return config switch
        {
            ConstantLearningRateConfig c => Create(field + ".constant_learning_rate", () => new ConstantLearningRate(c.LearningRate)),
            ExponentialDecayLearningRateConfig e => Create(field + ".exponential_decay_learning_rate", () => new ExponentialDecayLearningRate(
                e.InitialLearningRate, e.DecaySteps, e.DecayFactor, e.Staircase, e.BurninLearningRate, e.BurninSteps, e.MinLearningRate)),
            ManualStepLearningRateConfig m => ManualStep(m, field + ".manual_step_learning_rate"),
            CosineDecayLearningRateConfig c => Create(field + ".cosine_decay_learning_rate", () => new CosineDecayLearningRate(
                c.LearningRateBase, c.TotalSteps, c.WarmupLearningRate, c.WarmupSteps, c.HoldBaseRateSteps)),
            null => throw new BuildException(field, "is required: set one of constant_learning_rate, exponential_decay_learning_rate, manual_step_learning_rate, cosine_decay_learning_rate."),
            _ => throw new BuildException(field, $"{config.GetType().Name} is not supported."),
        };
    }

    /// <summary>
    /// Runs a component constructor and turns its <see cref="ArgumentException"/> into a <see cref="BuildException"/>
    /// naming <paramref name="field"/> plus the parameter as a config field (<c>totalSteps</c> -> <c>total_steps</c>,
    /// or the name <paramref name="renames"/> gives).
    /// </summary>
    internal static T Create<T>(string field, Func<T> create, IReadOnlyDictionary<string, string>? renames = null)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            string message = e.Message;
            string subfield = "";
            if (e.ParamName is { } name)
            {
                message = message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal);
                subfield = "." + (renames is not null && renames.TryGetValue(name, out string? renamed) ? renamed : SnakeCase(name));
            }

            throw new BuildException(field + subfield, message);
        }
    }

    private static ManualStepLearningRate ManualStep(ManualStepLearningRateConfig config, string field)
    {
        if (config.Schedule.Count == 0)
        {
            throw new BuildException(field + ".schedule", "is empty: give at least one step (TF: \"Empty learning rate schedule.\").");
        }

        (long Step, double LearningRate)[] schedule = config.Schedule.Select(s => ((long)s.Step, (double)s.LearningRate)).ToArray();
        return Create(field, () => new ManualStepLearningRate(config.InitialLearningRate, schedule, config.Warmup));
    }

    private static string SnakeCase(string name) => CamelHump().Replace(name, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelHump();
}
