using SingleShot.Configuration.Mapping;

namespace SingleShot.Configuration;

/// <summary>How to train (TF OD API <c>TrainConfig</c>).</summary>
public sealed record TrainConfig
{
    /// <summary><c>batch_size</c>: images per training step. Default <c>32</c>.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary><c>data_augmentation_options</c> (repeated): augmentation steps, applied in order.</summary>
    public ValueList<PreprocessingStepConfig> DataAugmentationOptions { get; init; } = ValueList<PreprocessingStepConfig>.Empty;

    /// <summary><c>keep_checkpoint_every_n_hours</c>: keep one checkpoint per this many hours. Default <c>10000.0</c>.</summary>
    public float KeepCheckpointEveryNHours { get; init; } = 10000.0f;

    /// <summary><c>optimizer</c>: the optimizer. Null when not set.</summary>
    public OptimizerConfig? Optimizer { get; init; }

    /// <summary><c>gradient_clipping_by_norm</c>: above 0, clip gradients to this global norm. Default <c>0.0</c>.</summary>
    public float GradientClippingByNorm { get; init; } = 0.0f;

    /// <summary><c>fine_tune_checkpoint</c>: checkpoint to start from. Default empty.</summary>
    public string FineTuneCheckpoint { get; init; } = "";

    /// <summary><c>from_detection_checkpoint</c>: deprecated in TF for <c>fine_tune_checkpoint_type: "detection"</c>. Default <c>false</c>.</summary>
    public bool FromDetectionCheckpoint { get; init; } = false;

    /// <summary><c>num_steps</c>: training steps; 0 trains until stopped. Default <c>0</c>.</summary>
    public int NumSteps { get; init; } = 0;

    /// <summary><c>freeze_variables</c> (repeated): patterns of variables not to train.</summary>
    public ValueList<string> FreezeVariables { get; init; } = ValueList<string>.Empty;

    /// <summary><c>add_regularization_loss</c>: add the weight regularization to the total loss. Default <c>true</c>.</summary>
    public bool AddRegularizationLoss { get; init; } = true;

    /// <summary><c>load_all_detection_checkpoint_vars</c>: restore every variable of a detection checkpoint whose name and shape match. Default <c>false</c>.</summary>
    public bool LoadAllDetectionCheckpointVars { get; init; } = false;

    /// <summary><c>max_number_of_boxes</c>: ground-truth boxes kept per image. Default <c>100</c>.</summary>
    public int MaxNumberOfBoxes { get; init; } = 100;

    /// <summary><c>fine_tune_checkpoint_type</c>: what the fine-tune checkpoint holds: <c>classification</c>, <c>detection</c> or <c>full</c>. Default empty.</summary>
    public string FineTuneCheckpointType { get; init; } = "";

    /// <summary><c>update_trainable_variables</c> (repeated): patterns of the variables to train; empty means all.</summary>
    public ValueList<string> UpdateTrainableVariables { get; init; } = ValueList<string>.Empty;

    /// <summary><c>fine_tune_checkpoint_version</c>: TF1 (name-based) or TF2 (object-based) checkpoint. Default <c>V1</c>.</summary>
    public CheckpointVersion FineTuneCheckpointVersion { get; init; } = CheckpointVersion.V1;

    /// <summary><c>seed</c>: the one random seed of a run; augmentation randomness derives from (seed, epoch, sample index). Default <c>0</c>.</summary>
    public int Seed { get; init; } = 0;

    /// <summary>SingleShot extension <c>checkpoint_every_n</c>: steps between checkpoints (the last step is always saved). Default <c>1000</c>.</summary>
    public int CheckpointEveryN { get; init; } = 1000;

    /// <summary>SingleShot extension <c>max_to_keep</c>: checkpoints kept in <c>checkpoints/</c>; older ones are deleted. Default <c>7</c>.</summary>
    public int MaxToKeep { get; init; } = 7;

    /// <summary>SingleShot extension <c>log_every_n_steps</c>: steps between log lines and metrics.csv rows. Default <c>100</c>.</summary>
    public int LogEveryNSteps { get; init; } = 100;

    /// <summary>SingleShot extension <c>eval_every_n_steps</c>: steps between evaluations on <c>eval_input_reader</c>; 0 never evaluates during training. Default <c>0</c>.</summary>
    public int EvalEveryNSteps { get; init; } = 0;

    /// <summary>SingleShot extension <c>best_metric</c>: the metric (higher is better) that picks <c>best.safetensors</c>. Default <c>"DetectionBoxes_Precision/mAP"</c>.</summary>
    public string BestMetric { get; init; } = "DetectionBoxes_Precision/mAP";

    /// <summary>SingleShot extension <c>early_stopping_patience</c>: stop after this many evaluations without a better <c>best_metric</c>; 0 never stops early. Default <c>0</c>.</summary>
    public int EarlyStoppingPatience { get; init; } = 0;

    internal static MessageSchema<TrainConfig> Schema { get; } = new MessageSchema<TrainConfig>("TrainConfig", new TrainConfig())
        .UInt32("batch_size", m => m.BatchSize, (m, v) => m with { BatchSize = v })
        .Oneofs("data_augmentation_options", PreprocessingStepConfig.Choices, m => m.DataAugmentationOptions, (m, v) => m with { DataAugmentationOptions = v })
        .Ignored("sync_replicas", FieldType.Bool, false, "synchronous training across TF replicas; SingleShot trains in one process")
        .Float("keep_checkpoint_every_n_hours", m => m.KeepCheckpointEveryNHours, (m, v) => m with { KeepCheckpointEveryNHours = v })
        .Message("optimizer", OptimizerConfig.Schema, m => m.Optimizer, (m, v) => m with { Optimizer = v })
        .Float("gradient_clipping_by_norm", m => m.GradientClippingByNorm, (m, v) => m with { GradientClippingByNorm = v })
        .String("fine_tune_checkpoint", m => m.FineTuneCheckpoint, (m, v) => m with { FineTuneCheckpoint = v })
        .Bool("from_detection_checkpoint", m => m.FromDetectionCheckpoint, (m, v) => m with { FromDetectionCheckpoint = v })
        .UInt32("num_steps", m => m.NumSteps, (m, v) => m with { NumSteps = v })
        .Ignored("startup_delay_steps", FieldType.Float, 15.0f, "delay between TF replica start-ups")
        .DefaultOnly("bias_grad_multiplier", FieldType.Float, 0.0f, "scaling the gradients of biases")
        .Strings("freeze_variables", m => m.FreezeVariables, (m, v) => m with { FreezeVariables = v })
        .Ignored("replicas_to_aggregate", FieldType.Int32, 1, "TF replicas aggregated per update")
        .Ignored("batch_queue_capacity", FieldType.Int32, 150, "TF input queue size")
        .Ignored("num_batch_queue_threads", FieldType.Int32, 8, "TF input queue threads")
        .Ignored("prefetch_queue_capacity", FieldType.Int32, 5, "TF input queue size")
        .DefaultOnly("merge_multiple_label_boxes", FieldType.Bool, false, "merging identical boxes with different labels")
        .Bool("add_regularization_loss", m => m.AddRegularizationLoss, (m, v) => m with { AddRegularizationLoss = v })
        .Bool("load_all_detection_checkpoint_vars", m => m.LoadAllDetectionCheckpointVars, (m, v) => m with { LoadAllDetectionCheckpointVars = v })
        .Int32("max_number_of_boxes", m => m.MaxNumberOfBoxes, (m, v) => m with { MaxNumberOfBoxes = v })
        .Ignored("unpad_groundtruth_tensors", FieldType.Bool, true, "padding of TF's batched ground-truth tensors")
        .String("fine_tune_checkpoint_type", m => m.FineTuneCheckpointType, (m, v) => m with { FineTuneCheckpointType = v })
        .Ignored("retain_original_images", FieldType.Bool, false, "TensorBoard image summaries")
        .DefaultOnly("use_multiclass_scores", FieldType.Bool, false, "multi-class score targets")
        .Strings("update_trainable_variables", m => m.UpdateTrainableVariables, (m, v) => m with { UpdateTrainableVariables = v })
        .DefaultOnly("use_bfloat16", FieldType.Bool, false, "bfloat16 (TPU) training")
        .Ignored("summarize_gradients", FieldType.Bool, false, "gradient summaries")
        .Enum("fine_tune_checkpoint_version", ConfigEnums.CheckpointVersion, m => m.FineTuneCheckpointVersion, (m, v) => m with { FineTuneCheckpointVersion = v })
        .UInt32("seed", m => m.Seed, (m, v) => m with { Seed = v })
        .Extension()
        .UInt32("checkpoint_every_n", m => m.CheckpointEveryN, (m, v) => m with { CheckpointEveryN = v })
        .Extension()
        .UInt32("max_to_keep", m => m.MaxToKeep, (m, v) => m with { MaxToKeep = v })
        .Extension()
        .UInt32("log_every_n_steps", m => m.LogEveryNSteps, (m, v) => m with { LogEveryNSteps = v })
        .Extension()
        .UInt32("eval_every_n_steps", m => m.EvalEveryNSteps, (m, v) => m with { EvalEveryNSteps = v })
        .Extension()
        .String("best_metric", m => m.BestMetric, (m, v) => m with { BestMetric = v })
        .Extension()
        .UInt32("early_stopping_patience", m => m.EarlyStoppingPatience, (m, v) => m with { EarlyStoppingPatience = v })
        .Extension();
}
