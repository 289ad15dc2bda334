using SingleShot.Evaluation;

namespace SingleShot.Training;

/// <summary>
/// Receives a training run's events: progress displays and log writers. Called on the training thread; keep
/// handlers short. Not responsible for deciding anything about the run.
/// </summary>
public interface ITrainingObserver
{
    /// <summary>The run starts at <paramref name="startStep"/> (0, or the resumed step) and ends at <paramref name="numSteps"/>.</summary>
    void OnStart(long startStep, long numSteps);

    /// <summary>A step completed (every step).</summary>
    void OnStep(TrainingStepReport report);

    /// <summary>A step that is due for logging completed (every <see cref="TrainerOptions.LogEveryN"/> steps and the last).</summary>
    void OnLog(TrainingStepReport report);

    /// <summary>A checkpoint of <paramref name="step"/> was written to <paramref name="path"/>.</summary>
    void OnCheckpoint(long step, string path);

    /// <summary>An evaluation at <paramref name="step"/> gave <paramref name="metrics"/>; <paramref name="isBest"/> when it is the best so far.</summary>
    void OnEvaluation(long step, IReadOnlyList<NamedMetric> metrics, bool isBest);

    /// <summary>The run ended (not called when it failed with an exception).</summary>
    void OnFinish(TrainingResult result);
}
