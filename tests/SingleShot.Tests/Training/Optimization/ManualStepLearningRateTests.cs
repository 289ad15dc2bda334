using SingleShot.Training.Optimization;

namespace SingleShot.Tests.Training.Optimization;

public sealed class ManualStepLearningRateTests
{
    [Fact]
    public void Each_rate_applies_from_its_step_on()
    {
        // TF OD API learning_schedules_test.testManualStepping: boundaries [2, 3, 7], rates [1, 2, 3, 4].
        var schedule = new ManualStepLearningRate(1.0, [(2, 2.0), (3, 3.0), (7, 4.0)]);
        double[] expected = [1, 1, 2, 3, 3, 3, 3, 4, 4, 4];
        Assert.Equal(expected, Enumerable.Range(0, 10).Select(s => schedule.LearningRate(s)));
    }

    [Fact]
    public void Warmup_interpolates_linearly_up_to_the_first_boundary()
    {
        // TF OD API learning_schedules_test.testManualSteppingWithWarmup: boundaries [4, 6, 8], rates
        // [0.02, 0.10, 0.01, 0.001]; slope = (0.10 - 0.02) / 4 = 0.02: steps 0-3 -> 0.02, 0.04, 0.06, 0.08.
        var schedule = new ManualStepLearningRate(0.02, [(4, 0.10), (6, 0.01), (8, 0.001)], warmup: true);
        double[] expected = [0.02, 0.04, 0.06, 0.08, 0.10, 0.10, 0.01, 0.01, 0.001, 0.001];
        Assert.Equal(expected, Enumerable.Range(0, 10).Select(s => Math.Round(schedule.LearningRate(s), 12)));
    }

    [Fact]
    public void An_empty_schedule_is_constant()
    {
        var schedule = new ManualStepLearningRate(0.3, []);
        Assert.Equal(0.3, schedule.LearningRate(0));
        Assert.Equal(0.3, schedule.LearningRate(1_000_000));
    }

    [Fact]
    public void TFs_checks_say_which_entry_is_wrong()
    {
        var zero = Assert.Throws<ArgumentException>(() => new ManualStepLearningRate(0.1, [(0, 0.2)]));
        Assert.Contains("schedule[0].step is 0", zero.Message);
        var order = Assert.Throws<ArgumentException>(() => new ManualStepLearningRate(0.1, [(5, 0.2), (5, 0.3)]));
        Assert.Contains("schedule[1].step (5) must be greater than schedule[0].step (5)", order.Message);
        Assert.Equal("schedule", order.ParamName);
    }
}
