using SingleShot.Building;
using SingleShot.Configuration;
using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Building;

[Collection(TorchCollection.Name)]
public sealed class OptimizerBuilderTests
{
    [Fact]
    public void Each_optimizer_and_schedule_of_the_config_is_built()
    {
        using IDisposable scope = NewDisposeScope();
        using BuiltOptimizer momentum = Build("""
            momentum_optimizer {
              learning_rate { cosine_decay_learning_rate { learning_rate_base: 0.04 total_steps: 100 warmup_learning_rate: 0.01 warmup_steps: 10 } }
              momentum_optimizer_value: 0.9
            }
            use_moving_average: false
            """);
        Assert.IsType<MomentumOptimizer>(momentum.Optimizer);
        Assert.IsType<CosineDecayLearningRate>(momentum.Schedule);
        Assert.Null(momentum.MovingAverage);

        // Warm-up from 0.01 to 0.04 over 10 steps (float32 config values): step 5 -> 0.01 + 5 * 0.003 = 0.025.
        Assert.Equal(0.025, momentum.Schedule.LearningRate(5), 1e-8);

        using BuiltOptimizer rms = Build("rms_prop_optimizer { learning_rate { exponential_decay_learning_rate { initial_learning_rate: 0.004 decay_steps: 800720 decay_factor: 0.95 } } }");
        Assert.IsType<RmsPropOptimizer>(rms.Optimizer);
        Assert.IsType<ExponentialDecayLearningRate>(rms.Schedule);
        Assert.Equal(0.9999, rms.MovingAverage!.Decay, 1e-7);
        Assert.False(rms.MovingAverage.DynamicDecay);

        using BuiltOptimizer adam = Build("adam_optimizer { learning_rate { manual_step_learning_rate { initial_learning_rate: 0.002 schedule { step: 10 learning_rate: 0.0002 } } } }");
        Assert.IsType<AdamOptimizer>(adam.Optimizer);
        Assert.Equal(0.0002, adam.Schedule.LearningRate(10), 1e-9);

        using BuiltOptimizer adamW = Build("adam_w_optimizer { learning_rate { constant_learning_rate { learning_rate: 0.001 } } } use_moving_average: false");
        Assert.IsType<AdamWOptimizer>(adamW.Optimizer);
    }

    [Fact]
    public void The_rms_prop_default_epsilon_is_one()
    {
        // With epsilon 1.0 (TF OD API default) one step with g = 2, lr 0.1 moves p = 1 by 0.1 * 2 / sqrt(1.3 + 1) = 0.1318761.
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(ones(1));
        using BuiltOptimizer built = OptimizerBuilder.Build(
            Parse("rms_prop_optimizer { learning_rate { constant_learning_rate { learning_rate: 0.1 } } } use_moving_average: false"),
            [("w", weight)]);
        weight.grad = tensor(new[] { 2f });
        built.Optimizer.Step(built.Schedule.LearningRate(0));
        Assert.Equal(0.8681239, weight.item<float>(), 1e-6);
    }

    [Fact]
    public void The_momentum_value_reaches_the_optimizer()
    {
        // momentum 0.5, lr 0.1, p = 1. Step 1: g = 2: accum = 2, p = 1 - 0.2 = 0.8. Step 2: g = -1: accum = 0.5 * 2 - 1 = 0,
        // p stays 0.8 (with the default 0.9 it would be 0.8 - 0.1 * 0.8 = 0.72).
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(ones(1));
        using BuiltOptimizer built = OptimizerBuilder.Build(
            Parse("momentum_optimizer { learning_rate { constant_learning_rate { learning_rate: 0.1 } } momentum_optimizer_value: 0.5 } use_moving_average: false"),
            [("w", weight)]);
        foreach (float gradient in new[] { 2f, -1f })
        {
            built.Optimizer.ZeroGrad();
            weight.grad = tensor(new[] { gradient });
            built.Optimizer.Step(built.Schedule.LearningRate(built.Optimizer.StepCount));
        }

        Assert.Equal(0.8, weight.item<float>(), 1e-6);
    }

    [Theory]
    [InlineData("", "train_config.optimizer")]
    [InlineData("use_moving_average: false", "train_config.optimizer")]
    [InlineData("momentum_optimizer { }", "train_config.optimizer.momentum_optimizer.learning_rate")]
    [InlineData("adam_optimizer { learning_rate { cosine_decay_learning_rate { total_steps: 5 warmup_steps: 10 } } }", "train_config.optimizer.adam_optimizer.learning_rate.cosine_decay_learning_rate.total_steps")]
    [InlineData("adam_optimizer { learning_rate { cosine_decay_learning_rate { learning_rate_base: 0.001 warmup_learning_rate: 0.01 } } }", "train_config.optimizer.adam_optimizer.learning_rate.cosine_decay_learning_rate.learning_rate_base")]
    [InlineData("adam_optimizer { learning_rate { manual_step_learning_rate { } } }", "train_config.optimizer.adam_optimizer.learning_rate.manual_step_learning_rate.schedule")]
    [InlineData("adam_optimizer { learning_rate { manual_step_learning_rate { schedule { step: 5 } schedule { step: 5 } } } }", "train_config.optimizer.adam_optimizer.learning_rate.manual_step_learning_rate.schedule")]
    [InlineData("adam_optimizer { learning_rate { exponential_decay_learning_rate { decay_steps: 0 } } }", "train_config.optimizer.adam_optimizer.learning_rate.exponential_decay_learning_rate.decay_steps")]
    [InlineData("momentum_optimizer { learning_rate { constant_learning_rate { } } momentum_optimizer_value: -1 }", "train_config.optimizer.momentum_optimizer.momentum_optimizer_value")]
    [InlineData("rms_prop_optimizer { learning_rate { constant_learning_rate { } } decay: 2 }", "train_config.optimizer.rms_prop_optimizer.decay")]
    [InlineData("adam_w_optimizer { learning_rate { constant_learning_rate { } } beta2: 1 }", "train_config.optimizer.adam_w_optimizer.beta2")]
    [InlineData("adam_optimizer { learning_rate { constant_learning_rate { } } } moving_average_decay: 1.5", "train_config.optimizer.moving_average_decay")]
    public void Errors_name_the_field(string optimizer, string field)
    {
        using IDisposable scope = NewDisposeScope();
        OptimizerConfig? config = optimizer.Length == 0 ? null : Parse(optimizer);
        var e = Assert.Throws<BuildException>(() => OptimizerBuilder.Build(config, [("w", new Parameter(zeros(1)))]));
        Assert.Equal(field, e.Field);
        Assert.DoesNotContain("(Parameter '", e.Message);
    }

    [Fact]
    public void Nothing_trainable_is_an_error()
    {
        var e = Assert.Throws<BuildException>(() => OptimizerBuilder.Build(Parse("adam_optimizer { learning_rate { constant_learning_rate { } } }"), []));
        Assert.Equal("train_config.freeze_variables", e.Field);
    }

    [Fact]
    public void Variable_selection_uses_the_train_config_and_names_a_bad_pattern()
    {
        var config = new TrainConfig
        {
            FreezeVariables = ["backbone", "head("],
        };
        var e = Assert.Throws<BuildException>(() => OptimizerBuilder.SelectVariables(config, ["backbone.w", "head.w"]));
        Assert.Equal("train_config.freeze_variables[1]", e.Field);

        VariableSelection selection = OptimizerBuilder.SelectVariables(
            config with { FreezeVariables = ["w$"], UpdateTrainableVariables = ["head"] },
            ["backbone.w", "head.w", "head.b"]);
        Assert.Equal(["head.b"], selection.Trainable);
    }

    private static BuiltOptimizer Build(string optimizer) => OptimizerBuilder.Build(Parse(optimizer), [("w", new Parameter(zeros(2)))]);

    private static OptimizerConfig Parse(string optimizer) =>
        PipelineConfigReader.ReadText($"train_config {{ optimizer {{ {optimizer} }} }}", "optimizer-test.config").TrainConfig!.Optimizer!;
}
