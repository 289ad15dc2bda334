using SingleShot.Training.Optimization;

namespace SingleShot.Tests.Training.Optimization;

public sealed class ConstantLearningRateTests
{
    [Fact]
    public void The_rate_never_changes_and_must_be_valid()
    {
        var schedule = new ConstantLearningRate(0.004);
        Assert.Equal(0.004, schedule.LearningRate(0));
        Assert.Equal(0.004, schedule.LearningRate(long.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.LearningRate(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantLearningRate(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantLearningRate(double.PositiveInfinity));
    }
}
