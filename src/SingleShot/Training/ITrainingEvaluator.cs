using SingleShot.Evaluation;
using SingleShot.Models;

namespace SingleShot.Training;

/// <summary>
/// Evaluates the model during training (every <see cref="TrainerOptions.EvalEveryN"/> steps). The trainer puts the
/// weights to evaluate in place (moving averages when configured) and restores the training mode afterwards; the
/// evaluator must not change weights. Not responsible for checkpoints or logs.
/// </summary>
public interface ITrainingEvaluator
{
    /// <summary>Evaluates <paramref name="model"/> after <paramref name="step"/> steps; returns its metrics by name.</summary>
    IReadOnlyList<NamedMetric> Evaluate(SsdDetector model, long step);
}
