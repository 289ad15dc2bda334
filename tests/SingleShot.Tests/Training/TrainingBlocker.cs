namespace SingleShot.Tests.Training;

/// <summary>Why the tests that run training steps are skipped for now.</summary>
internal static class TrainingBlocker
{
    /// <summary>The skip reason.</summary>
    public const string Reason = "Blocked (issue 5): training on TorchSharp 0.107 here produces non-finite gradients from finite losses at random steps (see the session note); re-enable once fixed.";
}
