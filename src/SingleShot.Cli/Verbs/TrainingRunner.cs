using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Training;
using Spectre.Console;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// Runs a training session for the CLI: console progress, the model directory's logs (metrics.csv, TensorBoard
/// events, plots at the end), the restore and freeze summaries, and Ctrl+C as "save a checkpoint and stop".
/// </summary>
internal static class TrainingRunner
{
    public static TrainingResult Run(PipelineConfig config, TrainRequest request, TextWriter output, TimeSpan? timeLimit = null)
    {
        var progress = new ConsoleTrainingProgress(output);
        using var logs = new TrainingLogObserver(request.ModelDirectory.FullName);
        using TrainingSession session = TrainingSessionBuilder.Build(config, new TrainingSessionOptions
        {
            ModelDirectory = request.ModelDirectory.FullName,
            BaseDirectory = request.Pipeline.DirectoryName ?? Environment.CurrentDirectory,
            NumSteps = request.NumSteps,
            Workers = request.Workers ?? Math.Max(1, Environment.ProcessorCount),
            Observers = new ITrainingObserver[] { progress, logs },
        });
        DescribeSession(session, output);
        using var cancellation = new CancellationTokenSource();
        if (timeLimit is { } limit)
        {
            cancellation.CancelAfter(limit);
        }
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                output.WriteLine("stopping after this step and saving a checkpoint (Ctrl+C again to abort without saving)");
                cancellation.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            TrainingResult result = Interactive(output) ? RunWithBar(session, progress, cancellation.Token) : session.Trainer.Run(cancellation.Token);
            output.WriteLine($"{Describe(result.Reason)} at step {result.FinalStep}; checkpoint {result.LastCheckpoint ?? "(none)"}");
            if (session.Trainer.RetriedSteps > 0)
            {
                output.WriteLine($"note: {session.Trainer.RetriedSteps} steps had a non-finite gradient from a finite loss and were computed again");
            }

            output.WriteLine($"logs: {Path.Combine(session.ModelDirectory, TrainingLogObserver.MetricsFile)}, plots in {Path.Combine(session.ModelDirectory, TrainingLogObserver.PlotsFolder)}");
            return result;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static TrainingResult RunWithBar(TrainingSession session, ConsoleTrainingProgress progress, CancellationToken cancellation)
    {
        TrainingResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                long numSteps = session.Trainer.NumSteps;
                ProgressTask bar = context.AddTask("training", maxValue: numSteps == long.MaxValue ? 1 : numSteps);
                bar.IsIndeterminate = numSteps == long.MaxValue;
                bar.Value = session.Trainer.Step;
                progress.Bar = bar;
                try
                {
                    result = session.Trainer.Run(cancellation);
                }
                finally
                {
                    progress.Bar = null;
                }
            });
        return result!;
    }

    private static bool Interactive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static void DescribeSession(TrainingSession session, TextWriter output)
    {
        output.WriteLine($"model directory {session.ModelDirectory}");
        if (session.ResumedFrom is not null)
        {
            output.WriteLine($"resumed from {session.ResumedFrom}");
        }

        if (session.Restore is not null)
        {
            output.WriteLine(session.Restore.Summary());
            output.WriteLine($"full list: {Path.Combine(session.ModelDirectory, TrainingSessionBuilder.RestoreReportFile)}");
        }

        if (session.Selection.Frozen.Count > 0 || session.FrozenBatchNormLayers.Count > 0)
        {
            output.WriteLine(
                $"frozen: {session.Selection.Frozen.Count} variables, {session.FrozenBatchNormLayers.Count} batch norm layers keep their statistics; "
                + $"{session.Components.Trainable.Count} variables train");
        }

        foreach (string pattern in session.Selection.UnmatchedPatterns)
        {
            output.WriteLine($"warning: variable pattern '{pattern}' matches no variable of this model");
        }
    }

    private static string Describe(TrainingStopReason reason) => reason switch
    {
        TrainingStopReason.Completed => "finished",
        TrainingStopReason.InputExhausted => "input exhausted (train_input_reader.num_epochs)",
        TrainingStopReason.Interrupted => "interrupted",
        TrainingStopReason.EarlyStopped => "stopped early (no improvement of train_config.best_metric)",
        _ => reason.ToString(),
    };
}
