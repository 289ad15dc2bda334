using SingleShot.Training.Optimization;

namespace SingleShot.Tests.Training.Optimization;

public sealed class CosineDecayLearningRateTests
{
    [Fact]
    public void Warmup_then_cosine_then_zero_after_total_steps()
    {
        // TF OD API learning_schedules_test.testCosineDecayWithWarmup: base 1.0, total 100, warmup rate 0.1 over 9
        // steps. slope = (1.0 - 0.1) / 9 = 0.1: step 0 -> 0.1, 4 -> 0.5, 8 -> 0.9; step 9: 0.5 * (1 + cos(0)) = 1.0;
        // step 100: 0.5 * (1 + cos(pi * 91 / 91)) = 0; step 101 > total: 0.
        var schedule = new CosineDecayLearningRate(1.0, 100, 0.1, 9);
        Assert.Equal(0.1, schedule.LearningRate(0), 1e-15);
        Assert.Equal(0.5, schedule.LearningRate(4), 1e-15);
        Assert.Equal(0.9, schedule.LearningRate(8), 1e-15);
        Assert.Equal(1.0, schedule.LearningRate(9), 1e-15);
        Assert.Equal(0.0, schedule.LearningRate(100), 1e-15);
        Assert.Equal(0.0, schedule.LearningRate(101));
    }

    [Fact]
    public void Hold_keeps_the_base_rate_until_warmup_plus_hold_inclusive()
    {
        // base 2.0, total 90, warmup rate 0.2 over 10 steps, hold 20: decay over 90 - 30 = 60 steps.
        // step 9: 0.2 + 9 * (2.0 - 0.2) / 10 = 1.82; steps 10..30: 2.0 (TF: where(step > 30, cosine, base));
        // step 50: 0.5 * 2 * (1 + cos(pi / 3)) = 1.5; step 60: 1 + cos(pi / 2) = 1.0; step 70: 1 + cos(2 pi / 3) = 0.5;
        // step 90: 0; step 91: 0.
        var schedule = new CosineDecayLearningRate(2.0, 90, 0.2, 10, 20);
        Assert.Equal(1.82, schedule.LearningRate(9), 1e-14);
        Assert.Equal(2.0, schedule.LearningRate(10));
        Assert.Equal(2.0, schedule.LearningRate(30));
        Assert.Equal(1.5, schedule.LearningRate(50), 1e-14);
        Assert.Equal(1.0, schedule.LearningRate(60), 1e-14);
        Assert.Equal(0.5, schedule.LearningRate(70), 1e-14);
        Assert.Equal(0.0, schedule.LearningRate(90), 1e-14);
        Assert.Equal(0.0, schedule.LearningRate(91));

        // Just after the hold: 1 + cos(pi / 60) = 1.998629534754574.
        Assert.Equal(1.998629534754574, schedule.LearningRate(31), 1e-14);
    }

    [Fact]
    public void Without_warmup_the_schedule_starts_at_the_base_rate()
    {
        // total 4: step 0 -> 0.5 * (1 + cos 0) = 1; step 2 -> 0.5 * (1 + cos(pi / 2)) = 0.5; step 4 -> 0.
        var schedule = new CosineDecayLearningRate(1.0, 4, warmupLearningRate: 5.0);
        Assert.Equal(1.0, schedule.LearningRate(0));
        Assert.Equal(0.5, schedule.LearningRate(2), 1e-15);
        Assert.Equal(0.0, schedule.LearningRate(4), 1e-15);
    }

    [Fact]
    public void When_total_equals_warmup_the_last_step_gets_the_base_rate_not_NaN()
    {
        var schedule = new CosineDecayLearningRate(1.0, 10, 0.0, 10);
        Assert.Equal(0.9, schedule.LearningRate(9), 1e-15);
        Assert.Equal(1.0, schedule.LearningRate(10));
        Assert.Equal(0.0, schedule.LearningRate(11));
    }

    [Fact]
    public void TFs_checks_name_the_parameter()
    {
        Assert.Equal("totalSteps", Assert.Throws<ArgumentOutOfRangeException>(() => new CosineDecayLearningRate(1.0, 5, 0.1, 6)).ParamName);
        Assert.Equal("learningRateBase", Assert.Throws<ArgumentOutOfRangeException>(() => new CosineDecayLearningRate(0.1, 50, 0.2, 6)).ParamName);
    }
}
