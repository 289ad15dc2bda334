using System.CommandLine;
using System.Text.Json;
using SingleShot.Cli;

namespace SingleShot.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class CliTests
{
    [Fact]
    public void Version_prints_versions_as_text_and_json()
    {
        (int code, string output, string error) = Run("version");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("singleshot ", output);
        Assert.Contains("libtorch 2.", output);

        (code, output, _) = Run("version", "--json");
        Assert.Equal(0, code);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.StartsWith("2.", json.RootElement.GetProperty("libtorch").GetString());
        Assert.Equal("0.107.0", json.RootElement.GetProperty("torch_sharp").GetString());
    }

    [Fact]
    public void Every_verb_has_help()
    {
        RootCommand root = SingleShotCli.BuildRoot();
        Assert.NotEmpty(root.Subcommands);
        foreach (Command verb in root.Subcommands)
        {
            (int code, string output, string error) = Run(verb.Name, "--help");
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.Contains(verb.Description!, output);
            Assert.Contains("--verbose", output);
        }
    }

    [Fact]
    public void Seed_option_seeds_the_torch_generator()
    {
        (int code, _, _) = Run("version", "--seed", "1234");
        Assert.Equal(0, code);
        Assert.Equal(1234L, TorchSharp.torch.random.initial_seed());
    }

    [Fact]
    public void No_verb_prints_help()
    {
        (int code, string output, string error) = Run();
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("version", output);
        Assert.Contains("demo", output);
    }

    [Fact]
    public void Root_version_option_prints_the_version()
    {
        (int code, string output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Unknown_verb_is_one_line_on_stderr_with_usage_exit_code()
    {
        (int code, string output, string error) = Run("frobnicate");
        Assert.Equal(SingleShotCli.ExitUsage, code);
        Assert.Equal("", output);
        string line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.Contains("frobnicate", line);
    }

    [Fact]
    public void Bad_option_value_names_the_option()
    {
        (int code, _, string error) = Run("version", "--threads", "many");
        Assert.Equal(SingleShotCli.ExitUsage, code);
        Assert.Contains("--threads", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Failing_command_prints_one_line_unless_verbose()
    {
        (int code, _, string error) = Run("version", "--threads", "0");
        Assert.Equal(SingleShotCli.ExitFailure, code);
        string line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--threads must be at least 1", line);
        Assert.DoesNotContain("   at ", error);

        (code, _, error) = Run("version", "--threads", "0", "--verbose");
        Assert.Equal(SingleShotCli.ExitFailure, code);
        Assert.Contains("   at ", error);
    }

    [Fact]
    public void Inspect_reports_the_model_as_json()
    {
        string config = Path.Combine(ReadmeTests.RepositoryRoot(), "configs", "ssd_tiny_shapes.config");
        (int code, string output, string error) = Run("inspect", "--pipeline", config, "--json");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement report = json.RootElement;
        Assert.Equal(284, report.GetProperty("num_anchors").GetInt64());
        Assert.Equal(new long[] { 192, 64, 16, 4, 4, 4 }, report.GetProperty("anchors_per_layer").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(6, report.GetProperty("feature_map_shapes").GetArrayLength());

        // MobileNetV1 at depth multiplier 0.25 on 128x128: Conv2d_11 gives 8x8 (stride 16), Conv2d_13 4x4.
        Assert.Equal(new long[] { 8, 8 }, report.GetProperty("feature_map_shapes")[0].EnumerateArray().Skip(1).Select(e => e.GetInt64()));
        Assert.Equal(new long[] { 4, 4 }, report.GetProperty("feature_map_shapes")[1].EnumerateArray().Skip(1).Select(e => e.GetInt64()));
        Assert.True(report.GetProperty("num_parameters").GetInt64() > 0);
        Assert.True(report.GetProperty("gflops").GetDouble() > 0);
    }

    [Fact]
    public void Inspect_reports_a_config_error_on_one_line_with_its_location()
    {
        string config = Path.Combine(ReadmeTests.RepositoryRoot(), "configs", "ssd_tiny_shapes.config");
        (int code, _, string error) = Run("inspect", "--pipeline", config, "--set", "model.ssd.num_clases=5");
        Assert.Equal(SingleShotCli.ExitFailure, code);
        Assert.Contains("num_clases", error);
        Assert.Contains("num_classes", error);
        Assert.DoesNotContain("   at ", error);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = SingleShotCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
