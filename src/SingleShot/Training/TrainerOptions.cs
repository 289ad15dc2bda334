namespace SingleShot.Training;

/// <summary>The schedule of a training run: how long, and when to log, save and evaluate.</summary>
public sealed record TrainerOptions
{
    /// <summary>The step at which training ends (completed optimizer steps); at least 1.</summary>
    public long NumSteps { get; init; } = 1;

    /// <summary>Steps between checkpoints; the last step (and an interruption) is always saved.</summary>
    public long CheckpointEveryN { get; init; } = 1000;

    /// <summary>Steps between log records (metrics.csv rows, TensorBoard scalars, plain log lines).</summary>
    public long LogEveryN { get; init; } = 100;

    /// <summary>Steps between evaluations; 0 never evaluates during training.</summary>
    public long EvalEveryN { get; init; }

    /// <summary>The metric (higher is better) that chooses <c>best.safetensors</c>.</summary>
    public string BestMetric { get; init; } = "DetectionBoxes_Precision/mAP";

    /// <summary>Evaluations without a better <see cref="BestMetric"/> before stopping; 0 never stops early.</summary>
    public int EarlyStoppingPatience { get; init; }

    /// <summary>Above 0, gradients are clipped to this global norm (TF <c>gradient_clipping_by_norm</c>).</summary>
    public double GradientClippingByNorm { get; init; }

    /// <summary>Add the weight regularization to the optimized loss (TF <c>add_regularization_loss</c>).</summary>
    public bool AddRegularizationLoss { get; init; } = true;

    /// <summary>Evaluate with the moving-average weights (TF <c>eval_config.use_moving_averages</c>).</summary>
    public bool EvaluateMovingAverages { get; init; }

    /// <summary>Checks the values; the message names the config field.</summary>
    public void Validate()
    {
        Require(NumSteps >= 1, "train_config.num_steps", "must be at least 1 (or given with --num-steps)", NumSteps);
        Require(CheckpointEveryN >= 1, "train_config.checkpoint_every_n", "must be at least 1", CheckpointEveryN);
        Require(LogEveryN >= 1, "train_config.log_every_n_steps", "must be at least 1", LogEveryN);
        Require(EvalEveryN >= 0, "train_config.eval_every_n_steps", "must not be negative", EvalEveryN);
        Require(GradientClippingByNorm >= 0, "train_config.gradient_clipping_by_norm", "must not be negative", GradientClippingByNorm);
    }

    private static void Require(bool ok, string field, string rule, double value)
    {
        if (!ok)
        {
            throw new ArgumentException($"{field} {rule}, got {value}.");
        }
    }
}
