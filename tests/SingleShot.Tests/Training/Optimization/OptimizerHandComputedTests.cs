using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.Optimization;

/// <summary>Two steps of each TF-form optimizer on one scalar, computed by hand (written out at each test).</summary>
[Collection(TorchCollection.Name)]
public sealed class OptimizerHandComputedTests
{
    [Fact]
    public void Momentum_multiplies_the_accumulator_by_each_steps_rate()
    {
        // p = 1, momentum 0.5. Step 1: g = 2, lr 0.1: accum = 0.5 * 0 + 2 = 2; p = 1 - 0.1 * 2 = 0.8.
        // Step 2: g = -1, lr 0.2: accum = 0.5 * 2 - 1 = 0; p = 0.8 - 0.2 * 0 = 0.8.
        // Step 3: g = 4, lr 0.05: accum = 0 + 4 = 4; p = 0.8 - 0.05 * 4 = 0.6.
        double[] expected = [0.8, 0.8, 0.6];
        RunScalar(p => new MomentumOptimizer(p, 0.5), [(2, 0.1), (-1, 0.2), (4, 0.05)], expected, "momentum/w", [4.0]);
    }

    [Fact]
    public void RmsProp_starts_the_mean_square_at_one_and_puts_epsilon_under_the_root()
    {
        // TF OD API defaults: decay 0.9, momentum 0.9, epsilon 1.0; p = 1.
        // Step 1: g = 2, lr 0.1: ms = 1 + (2^2 - 1) * 0.1 = 1.3; mom = 0.1 * 2 / sqrt(1.3 + 1) = 0.2 / 1.5165750
        //         = 0.1318761; p = 1 - 0.1318761 = 0.8681239.
        // Step 2: g = -1, lr 0.2: ms = 1.3 + (1 - 1.3) * 0.1 = 1.27; mom = 0.9 * 0.1318761 + 0.2 * (-1) / sqrt(2.27)
        //         = 0.1186885 - 0.1327446 = -0.0140562; p = 0.8681239 + 0.0140562 = 0.8821801.
        RunScalar(p => new RmsPropOptimizer(p, 0.9, 0.9, 1.0), [(2, 0.1), (-1, 0.2)], [0.8681239, 0.8821801], "rms/w", [1.27]);
    }

    [Fact]
    public void Adam_folds_the_bias_correction_into_the_step_size_and_adds_epsilon_hat()
    {
        // beta1 0.9, beta2 0.999, epsilon 1e-8; p = 1.
        // Step 1 (t = 1): g = 2, lr 0.1: alpha = 0.1 * sqrt(1 - 0.999) / (1 - 0.9) = 0.0316228; m = 0.2; v = 0.004;
        //         p = 1 - 0.0316228 * 0.2 / (0.0632456 + 1e-8) = 1 - 0.1 = 0.9 (to 1e-7).
        // Step 2 (t = 2): g = -1, lr 0.2: alpha = 0.2 * sqrt(1 - 0.998001) / (1 - 0.81) = 0.2 * 0.0447102 / 0.19
        //         = 0.0470633; m = 0.2 + (-1 - 0.2) * 0.1 = 0.08; v = 0.004 + (1 - 0.004) * 0.001 = 0.004996;
        //         p = 0.9 - 0.0470633 * 0.08 / sqrt(0.004996) = 0.9 - 0.0037651 / 0.0706824 = 0.9 - 0.0532674 = 0.8467326.
        RunScalar(p => new AdamOptimizer(p), [(2, 0.1), (-1, 0.2)], [0.9, 0.8467326], "adam_v/w", [0.004996]);
    }

    [Fact]
    public void AdamW_decays_the_weight_before_the_adam_step()
    {
        // weight decay 0.5, beta1 0.5, beta2 0.5, epsilon 0; p = 2.
        // Step 1: g = 1, lr 0.1: p = 2 * (1 - 0.1 * 0.5) = 1.9; m = 0.5; v = 0.5;
        //         p = 1.9 - (0.1 / (1 - 0.5)) * 0.5 / (sqrt(0.5) / sqrt(1 - 0.5)) = 1.9 - 0.2 * 0.5 / 1 = 1.8.
        // Step 2: g = 3, lr 0.2: p = 1.8 * (1 - 0.1) = 1.62; m = 0.25 + 1.5 = 1.75; v = 0.25 + 4.5 = 4.75;
        //         p = 1.62 - (0.2 / 0.75) * 1.75 / (sqrt(4.75) / sqrt(0.75)) = 1.62 - 0.4666667 / 2.5166115 = 1.62 - 0.1854345 = 1.4345655.
        RunScalar(p => new AdamWOptimizer(p, 0.5, 0.5, 0.5, 0), [(1, 0.1), (3, 0.2)], [1.8, 1.4345655], "adam_m/w", [1.75], initial: 2);
    }

    private static void RunScalar(
        Func<IReadOnlyList<(string Name, Parameter Parameter)>, TrainingOptimizer> create,
        (double Gradient, double Rate)[] steps,
        double[] expected,
        string slot,
        double[] expectedSlot,
        double initial = 1)
    {
        using IDisposable scope = NewDisposeScope();
        var weight = new Parameter(tensor(new[] { (float)initial }));
        using TrainingOptimizer optimizer = create([("w", weight)]);
        for (int i = 0; i < steps.Length; i++)
        {
            optimizer.ZeroGrad();
            weight.grad = tensor(new[] { (float)steps[i].Gradient });
            optimizer.Step(steps[i].Rate);
            Assert.Equal(expected[i], weight.item<float>(), 1e-6);
        }

        TensorAssert.Close(expectedSlot, optimizer.State()[slot], 1e-6);
    }
}
