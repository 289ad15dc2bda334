using System.Globalization;
using SingleShot.Evaluation;
using SingleShot.Training;
using Spectre.Console;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// Training progress on the console: a live bar (step, losses, learning rate, images/s, ETA) on a terminal, or a
/// plain line every logging interval when the output is redirected; checkpoints and evaluations as lines.
/// </summary>
internal sealed class ConsoleTrainingProgress : ITrainingObserver
{
    private readonly TextWriter _output;
    private long _startStep;

    public ConsoleTrainingProgress(TextWriter output)
    {
        _output = output;
    }

    /// <summary>The live bar's task while a live display runs, else null (plain lines).</summary>
    public ProgressTask? Bar { get; set; }

    public void OnStart(long startStep, long numSteps)
    {
        _startStep = startStep;
        string target = numSteps == long.MaxValue ? "until stopped (Ctrl+C)" : $"to step {numSteps}";
        WriteLine(startStep == 0 ? $"training {target}" : $"resuming at step {startStep}, training {target}");
    }

    public void OnStep(TrainingStepReport report)
    {
        if (Bar is null)
        {
            return;
        }

        Bar.Value = report.Step;
        Bar.Description = Markup.Escape(Invariant(
            $"step {report.Step}  loss {report.Losses["loss/total"]:F4}  lr {report.LearningRate:G4}  {report.ImagesPerSecond:F1} img/s"));
    }

    public void OnLog(TrainingStepReport report)
    {
        if (Bar is not null)
        {
            return;
        }

        TimeSpan? remaining = report.NumSteps == long.MaxValue ? null : report.Remaining(_startStep);
        IReadOnlyDictionary<string, double> l = report.Losses;
        WriteLine(Invariant(
            $"step {report.Step}  loss {l["loss/total"]:F4} (localization {l["loss/localization"]:F4}, classification {l["loss/classification"]:F4}, regularization {l["loss/regularization"]:F4})  lr {report.LearningRate:G4}  {report.ImagesPerSecond:F1} img/s  eta {Format(remaining)}"));
    }

    public void OnCheckpoint(long step, string path) => WriteLine($"step {step}: saved {path}");

    public void OnEvaluation(long step, IReadOnlyList<NamedMetric> metrics, bool isBest)
    {
        string headline = string.Join("  ", metrics.Take(3).Select(m => Invariant($"{m.Name} {m.Value:F4}")));
        WriteLine($"step {step}: evaluation {headline}{(isBest ? "  (best so far)" : "")}");
    }

    public void OnFinish(TrainingResult result)
    {
    }

    private void WriteLine(string line)
    {
        if (Bar is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape(line));
        }
        else
        {
            _output.WriteLine(line);
        }
    }

    private static string Format(TimeSpan? remaining) =>
        remaining is { } r ? (r.TotalHours >= 1 ? $"{(int)r.TotalHours}h{r.Minutes:D2}m" : $"{r.Minutes}m{r.Seconds:D2}s") : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
