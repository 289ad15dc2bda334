namespace SingleShot.Cli.Verbs;

/// <summary>What <c>singleshot train</c> was asked to do.</summary>
internal sealed record TrainRequest(
    FileInfo Pipeline,
    DirectoryInfo ModelDirectory,
    IReadOnlyList<string> Overrides,
    long? NumSteps,
    int? Workers,
    long? Seed);
