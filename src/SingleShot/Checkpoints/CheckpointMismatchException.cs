namespace SingleShot.Checkpoints;

/// <summary>
/// Thrown when a checkpoint does not fit a model. It lists every problem found (missing, unexpected, shape and dtype
/// mismatches), not only the first, and nothing has been copied into the model when it is thrown.
/// </summary>
public sealed class CheckpointMismatchException : Exception
{
    /// <summary>Creates the exception for the checkpoint <paramref name="checkpointPath"/>.</summary>
    /// <param name="checkpointPath">The checkpoint file (or other source description).</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public CheckpointMismatchException(string checkpointPath, IReadOnlyList<StateMismatch> problems)
        : base(Format(checkpointPath, problems))
    {
        CheckpointPath = checkpointPath;
        Problems = problems.ToArray().AsReadOnly();
    }

    /// <summary>The checkpoint the problems were found in.</summary>
    public string CheckpointPath { get; }

    /// <summary>Every problem, in model order, then the checkpoint's unexpected tensors in checkpoint order.</summary>
    public IReadOnlyList<StateMismatch> Problems { get; }

    private static string Format(string checkpointPath, IReadOnlyList<StateMismatch> problems)
    {
        ArgumentNullException.ThrowIfNull(checkpointPath);
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        string noun = problems.Count == 1 ? "problem" : "problems";
        return $"{checkpointPath} does not match the model ({problems.Count} {noun}; nothing was loaded):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
