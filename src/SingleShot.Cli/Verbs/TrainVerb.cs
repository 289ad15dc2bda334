using System.CommandLine;
using System.Text.Json;
using SingleShot.Configuration;
using SingleShot.Training;

namespace SingleShot.Cli.Verbs;

/// <summary><c>singleshot train</c>: trains (or resumes, or fine-tunes) the model of a pipeline.config.</summary>
internal static class TrainVerb
{
    public static Command Create()
    {
        Option<FileInfo> pipeline = CommonOptions.Pipeline(required: true);
        Option<DirectoryInfo> modelDir = CommonOptions.ModelDir(required: true);
        Option<string[]> set = CommonOptions.Set();
        var numSteps = new Option<long?>("--num-steps") { Description = "Train to this step (overrides train_config.num_steps)." };
        var workers = new Option<int?>("--workers") { Description = "Data preparation threads (default: all cores)." };
        var command = new Command(
            "train",
            "Train the model of a pipeline.config into a model directory; resumes from its latest checkpoint, fine-tunes from train_config.fine_tune_checkpoint.")
        {
            pipeline,
            modelDir,
            set,
            numSteps,
            workers,
        };
        command.SetAction(parse => Run(
            new TrainRequest(
                parse.GetValue(pipeline)!,
                parse.GetValue(modelDir)!,
                parse.GetValue(set) ?? Array.Empty<string>(),
                parse.GetValue(numSteps),
                parse.GetValue(workers),
                parse.GetValue(CommonOptions.Seed)),
            parse.GetValue(CommonOptions.Json),
            parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(TrainRequest request, bool json, TextWriter output)
    {
        TorchRuntime.Initialize();
        PipelineConfig config = PipelineConfigReader.ReadFile(request.Pipeline.FullName, request.Overrides);
        if (request.Seed is long seed)
        {
            config = config with { TrainConfig = (config.TrainConfig ?? new TrainConfig()) with { Seed = checked((int)seed) } };
        }

        TrainingResult result = TrainingRunner.Run(config, request, json ? TextWriter.Null : output);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(TrainReport.From(request.ModelDirectory.FullName, result), CliJson.Options));
        }

        return 0;
    }
}
