using SingleShot.Configuration;
using SingleShot.Training.Optimization;
using TorchSharp.Modules;

namespace SingleShot.Building;

/// <summary>
/// Maps <c>train_config.optimizer</c> to the optimizer, its learning-rate schedule and the weight moving average
/// (TF1 OD API builders/optimizer_builder.py), and <c>freeze_variables</c> / <c>update_trainable_variables</c> to a
/// <see cref="VariableSelection"/>.
/// </summary>
public static class OptimizerBuilder
{
    private const string OptimizerField = "train_config.optimizer";

    private static readonly Dictionary<string, string> s_renames = new(StringComparer.Ordinal)
    {
        ["momentum"] = "momentum_optimizer_value",
    };

    private static readonly Dictionary<string, string> s_movingAverageRenames = new(StringComparer.Ordinal)
    {
        ["decay"] = "moving_average_decay",
    };

    /// <summary>
    /// Builds the optimizer over <paramref name="trainable"/>, its schedule, and (with <c>use_moving_average</c>) the
    /// moving average of the same parameters, whose shadows start as copies of the current weights: build after any
    /// fine-tune restore.
    /// </summary>
    /// <param name="config"><c>train_config.optimizer</c>; null when the config has none.</param>
    /// <param name="trainable">The parameters to train with their names (see <see cref="SelectVariables"/>).</param>
    /// <exception cref="BuildException">The optimizer or its learning rate is missing, a value is invalid, or nothing is trainable.</exception>
    public static BuiltOptimizer Build(OptimizerConfig? config, IReadOnlyList<(string Name, Parameter Parameter)> trainable)
    {
        ArgumentNullException.ThrowIfNull(trainable);
        if (config is null)
        {
            throw new BuildException(OptimizerField, "is required.");
        }

        if (trainable.Count == 0)
        {
            throw new BuildException("train_config.freeze_variables", "no trainable parameter remains after update_trainable_variables and freeze_variables.");
        }

        (string field, LearningRateConfig? rate) = config.Algorithm switch
        {
            MomentumOptimizerConfig m => (OptimizerField + ".momentum_optimizer", m.LearningRate),
            RmsPropOptimizerConfig r => (OptimizerField + ".rms_prop_optimizer", r.LearningRate),
            AdamOptimizerConfig a => (OptimizerField + ".adam_optimizer", a.LearningRate),
            AdamWOptimizerConfig w => (OptimizerField + ".adam_w_optimizer", w.LearningRate),
            null => throw new BuildException(OptimizerField, "sets no optimizer: use one of momentum_optimizer, rms_prop_optimizer, adam_optimizer, adam_w_optimizer."),
            _ => throw new BuildException(OptimizerField, $"{config.Algorithm.GetType().Name} is not supported."),
        };
        ILearningRateSchedule schedule = LearningRateScheduleBuilder.Build(rate, field + ".learning_rate");
        ExponentialMovingAverage? average = config.UseMovingAverage
            ? LearningRateScheduleBuilder.Create(OptimizerField, () => new ExponentialMovingAverage(trainable, config.MovingAverageDecay), s_movingAverageRenames)
            : null;
        try
        {
            TrainingOptimizer optimizer = LearningRateScheduleBuilder.Create(field, () => Optimizer(config.Algorithm, trainable), s_renames);
            return new BuiltOptimizer(optimizer, schedule, average);
        }
        catch
        {
            average?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Which of <paramref name="variableNames"/> train, from <c>train_config.update_trainable_variables</c> and
    /// <c>train_config.freeze_variables</c> (TF1 <c>model_main.py</c> semantics: <see cref="VariablePatternMatching.Search"/>).
    /// </summary>
    /// <exception cref="BuildException">A pattern is not a valid regular expression (the field and index are named).</exception>
    public static VariableSelection SelectVariables(TrainConfig config, IReadOnlyList<string> variableNames)
    {
        ArgumentNullException.ThrowIfNull(config);
        CheckPatterns(config.FreezeVariables, "train_config.freeze_variables");
        CheckPatterns(config.UpdateTrainableVariables, "train_config.update_trainable_variables");
        return VariableSelection.Create(variableNames, config.FreezeVariables, config.UpdateTrainableVariables);
    }

    private static TrainingOptimizer Optimizer(OptimizerAlgorithmConfig algorithm, IReadOnlyList<(string Name, Parameter Parameter)> trainable) => algorithm switch
    {
        MomentumOptimizerConfig m => new MomentumOptimizer(trainable, m.MomentumOptimizerValue),
        RmsPropOptimizerConfig r => new RmsPropOptimizer(trainable, r.Decay, r.MomentumOptimizerValue, r.Epsilon),
        AdamOptimizerConfig a => new AdamOptimizer(trainable, epsilon: a.Epsilon),
        AdamWOptimizerConfig w => new AdamWOptimizer(trainable, w.WeightDecay, w.Beta1, w.Beta2, w.Epsilon),
        _ => throw new InvalidOperationException($"unexpected optimizer {algorithm.GetType().Name}."),
    };

    private static void CheckPatterns(IReadOnlyList<string> patterns, string field)
    {
        for (int i = 0; i < patterns.Count; i++)
        {
            try
            {
                VariableSelection.Compile(patterns[i]);
            }
            catch (ArgumentException e)
            {
                throw new BuildException($"{field}[{i}]", $"'{patterns[i]}' is not a valid regular expression: {e.Message}");
            }
        }
    }
}
