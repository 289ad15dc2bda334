using System.CommandLine;
using System.CommandLine.Parsing;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// One way <c>singleshot eval</c> can run (COCO from files, Pascal VOC from files, a model on its eval data), chosen
/// by which options are given: a mode is selected when one of its <see cref="Selectors"/> is present. The verb checks
/// the combination before running (exactly one mode, nothing foreign, everything required, a metric the mode knows),
/// so <see cref="Run"/> can rely on it. A new mode is one subclass added to <see cref="EvalVerb"/>'s list.
/// </summary>
internal abstract class EvalMode
{
    /// <summary>How this mode is written on the command line, e.g. <c>--gt FILE --detections FILE [--metric coco]</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>The options only this mode has; the verb adds them to the command.</summary>
    public abstract IReadOnlyList<Option> OwnOptions { get; }

    /// <summary>The options whose presence selects this mode (a subset of <see cref="OwnOptions"/>).</summary>
    public abstract IReadOnlyList<Option> Selectors { get; }

    /// <summary>The shared options (<see cref="EvalSharedOptions"/>) this mode accepts besides <c>--metric</c>.</summary>
    public abstract IReadOnlyList<Option> SharedOptions { get; }

    /// <summary>The options that must be given with this mode (own or shared).</summary>
    public abstract IReadOnlyList<Option> Required { get; }

    /// <summary>The <c>--metric</c> values this mode computes; the first is the default.</summary>
    public abstract IReadOnlyList<string> Metrics { get; }

    /// <summary>True when one of <see cref="Selectors"/> is on the command line.</summary>
    public bool IsSelected(CommandResult command) => Selectors.Any(option => EvalSharedOptions.IsGiven(command, option));

    /// <summary>Runs the checked command with <paramref name="metric"/> (one of <see cref="Metrics"/>); returns the exit code.</summary>
    public abstract int Run(ParseResult parse, string metric, bool json, TextWriter output);
}
