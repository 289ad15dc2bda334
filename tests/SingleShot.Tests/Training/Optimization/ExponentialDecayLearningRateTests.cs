using SingleShot.Training.Optimization;

namespace SingleShot.Tests.Training.Optimization;

public sealed class ExponentialDecayLearningRateTests
{
    [Fact]
    public void Burnin_then_staircase_decay_counted_from_the_end_of_burnin_with_a_floor()
    {
        // TF OD API learning_schedules_test.testExponentialDecayWithBurnin: base 1.0, decay_steps 3, factor 0.1,
        // burn-in rate 0.5 for 2 steps, min 0.05. Steps 0-1: burn-in 0.5; steps 2-4: 1.0 * 0.1^floor((s - 2) / 3) = 1;
        // steps 5-7: 0.1; step 8: 0.01 -> floor 0.05; step 9: 0.05.
        var schedule = new ExponentialDecayLearningRate(1.0, 3, 0.1, staircase: true, burninLearningRate: 0.5, burninSteps: 2, minLearningRate: 0.05);
        double[] expected = [0.5, 0.5, 1, 1, 1, 0.1, 0.1, 0.1, 0.05, 0.05];
        Assert.Equal(expected, Enumerable.Range(0, 10).Select(s => Math.Round(schedule.LearningRate(s), 12)));
    }

    [Fact]
    public void A_zero_burnin_rate_means_the_initial_rate_and_the_floor_applies_during_burnin()
    {
        // initial 0.8, decay_steps 2, factor 0.5, burn-in 3 steps at 0 -> 0.8; step 3: 0.8; step 5: 0.8 * 0.5 = 0.4.
        var schedule = new ExponentialDecayLearningRate(0.8, 2, 0.5, burninSteps: 3);
        Assert.Equal(0.8, schedule.LearningRate(0));
        Assert.Equal(0.8, schedule.LearningRate(2));
        Assert.Equal(0.8, schedule.LearningRate(4));
        Assert.Equal(0.4, schedule.LearningRate(5));

        // burn-in rate 0.1 below min 0.3: steps 0-2 give max(0.1, 0.3) = 0.3; step 7: 0.8 * 0.5^2 = 0.2 -> 0.3.
        var floored = new ExponentialDecayLearningRate(0.8, 2, 0.5, burninLearningRate: 0.1, burninSteps: 3, minLearningRate: 0.3);
        Assert.Equal(0.3, floored.LearningRate(0));
        Assert.Equal(0.4, floored.LearningRate(5));
        Assert.Equal(0.3, floored.LearningRate(7));
    }

    [Fact]
    public void Without_staircase_the_exponent_is_fractional()
    {
        // step 1: 0.8 * 0.5^(1/2) = 0.565685424949238; step 2: 0.4; step 3: 0.8 * 0.5^1.5 = 0.282842712474619.
        var schedule = new ExponentialDecayLearningRate(0.8, 2, 0.5, staircase: false);
        Assert.Equal(0.565685424949238, schedule.LearningRate(1), 1e-14);
        Assert.Equal(0.4, schedule.LearningRate(2), 1e-15);
        Assert.Equal(0.282842712474619, schedule.LearningRate(3), 1e-14);
    }

    [Fact]
    public void Invalid_settings_name_the_parameter()
    {
        Assert.Equal("decaySteps", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecayLearningRate(0.1, 0, 0.5)).ParamName);
        Assert.Equal("decayFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecayLearningRate(0.1, 10, 0)).ParamName);
        Assert.Equal("initialLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecayLearningRate(double.NaN, 10, 0.5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecayLearningRate(0.1, 10, 0.5).LearningRate(-1));
    }
}
