namespace SingleShot.Training.Optimization;

/// <summary>
/// A learning rate as a function of the global step, with the TF OD API's semantics (utils/learning_schedules.py).
/// Not responsible for applying the rate: the trainer passes it to <see cref="TrainingOptimizer.Step"/>.
/// </summary>
public interface ILearningRateSchedule
{
    /// <summary>
    /// The learning rate of the optimizer step that follows <paramref name="step"/> completed steps (TF's 0-based
    /// <c>global_step</c>: the first step uses <c>LearningRate(0)</c>). Computed in double precision; TF computes
    /// some schedules in float32, so the two may differ in the last float32 bits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is negative.</exception>
    double LearningRate(long step);
}
