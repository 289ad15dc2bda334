namespace SingleShot.Training;

/// <summary>Why a training run ended.</summary>
public enum TrainingStopReason
{
    /// <summary>The configured number of steps was reached.</summary>
    Completed,

    /// <summary>The input ran out before the last step (a finite <c>num_epochs</c>).</summary>
    InputExhausted,

    /// <summary>The run was cancelled (Ctrl+C); a checkpoint of the last completed step was saved.</summary>
    Interrupted,

    /// <summary>Early stopping: the best metric did not improve for the configured number of evaluations.</summary>
    EarlyStopped,
}
