namespace SingleShot.Training.FineTuning;

/// <summary>A model variable that keeps its initialisation by design.</summary>
/// <param name="Name">The state-dict name.</param>
/// <param name="Reason">Why it was not restored.</param>
public sealed record SkippedVariable(string Name, SkipReason Reason);
