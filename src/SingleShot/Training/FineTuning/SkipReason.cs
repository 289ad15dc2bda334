namespace SingleShot.Training.FineTuning;

/// <summary>Why a model variable was deliberately not restored.</summary>
public enum SkipReason
{
    /// <summary>The checkpoint type does not restore this part of the model (e.g. the heads from a detection checkpoint).</summary>
    OutsideScope,

    /// <summary>A head variable whose shape differs from the checkpoint's (e.g. another number of classes).</summary>
    HeadShapeMismatch,
}
