namespace SingleShot.Cli.Verbs;

/// <summary>What <c>singleshot demo</c> was asked to do.</summary>
internal sealed record DemoRequest(string OutputDirectory, double? Minutes, long? NumSteps, int TrainImages, long? Seed);
