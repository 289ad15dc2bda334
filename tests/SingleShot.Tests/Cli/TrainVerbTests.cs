using System.Text.Json;
using SingleShot.Cli;
using SingleShot.Tests.Training;

namespace SingleShot.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class TrainVerbTests
{
    [Fact(Skip = TrainingBlocker.Reason)]
    public void Train_writes_a_model_directory_and_reports_json()
    {
        string config = Path.Combine(ShapesTraining.DataDirectory, "tiny.config");
        File.Copy(Path.Combine(ReadmeTests.RepositoryRoot(), "configs", "ssd_tiny_shapes.config"), config, overwrite: true);
        string modelDir = ShapesTraining.NewModelDirectory();
        (int code, string output, string error) = CliTests.Run(
            "train", "--pipeline", config, "--model-dir", modelDir, "--num-steps", "2", "--json", "--set", "train_config.batch_size=4");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("final_step").GetInt64());
        Assert.Equal("completed", json.RootElement.GetProperty("reason").GetString());
        Assert.True(File.Exists(Path.Combine(modelDir, "checkpoints", "ckpt-2.safetensors")));
        Assert.True(File.Exists(Path.Combine(modelDir, "pipeline.config")));
        Assert.True(File.Exists(Path.Combine(modelDir, "metrics.csv")));
    }

    [Fact]
    public void Train_without_a_pipeline_is_a_usage_error()
    {
        (int code, _, string error) = CliTests.Run("train", "--model-dir", "x");
        Assert.Equal(SingleShotCli.ExitUsage, code);
        Assert.Contains("--pipeline", error);
    }
}
