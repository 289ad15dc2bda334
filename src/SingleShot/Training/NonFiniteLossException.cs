namespace SingleShot.Training;

/// <summary>
/// Training produced a non-finite loss or gradient norm. Nothing is saved from the bad step; the message names
/// the step and the last good checkpoint to resume or inspect.
/// </summary>
public sealed class NonFiniteLossException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The 1-based step whose loss or gradient was not finite.</param>
    /// <param name="what">What was not finite, with its value (e.g. <c>total loss = NaN</c>).</param>
    /// <param name="lastCheckpoint">The last checkpoint written, or null when none was.</param>
    public NonFiniteLossException(long step, string what, string? lastCheckpoint)
        : base($"training stopped at step {step}: {what}. "
            + (lastCheckpoint is null
                ? "No checkpoint was written yet; lower the learning rate or enable gradient_clipping_by_norm and start again."
                : $"The last good checkpoint is {lastCheckpoint}; lower the learning rate or enable gradient_clipping_by_norm and resume from it."))
    {
        Step = step;
        LastCheckpoint = lastCheckpoint;
    }

    /// <summary>The 1-based step whose loss was not finite.</summary>
    public long Step { get; }

    /// <summary>The last checkpoint written before that step, or null.</summary>
    public string? LastCheckpoint { get; }
}
