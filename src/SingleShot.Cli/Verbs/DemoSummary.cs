namespace SingleShot.Cli.Verbs;

/// <summary>The result of <c>singleshot demo</c> (its <c>--json</c> output).</summary>
internal sealed record DemoSummary(
    string ModelDir,
    double CocoMap,
    double CocoMap50,
    double VocMap,
    int ValImages,
    long Steps,
    double TrainSeconds,
    string Checkpoint,
    string PicturesDir,
    string PlotsDir,
    string DetectionsFile);
