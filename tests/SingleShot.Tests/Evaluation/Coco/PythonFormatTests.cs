using SingleShot.Evaluation.Coco;

namespace SingleShot.Tests.Evaluation.Coco;

public sealed class PythonFormatTests
{
    // Expected strings: Python 3.11's '{:0.Nf}'.format(value), which rounds the exact binary value half to even.
    [Theory]
    [InlineData(0.0625, 3, "0.062")] // exactly half way: Python rounds half to even
    [InlineData(0.8125, 3, "0.812")]
    [InlineData(0.1875, 3, "0.188")]
    [InlineData(0.0005, 3, "0.001")] // 0.0005 is stored slightly above half
    [InlineData(0.0015, 3, "0.002")] // 0.0015 is stored slightly above half
    [InlineData(0.0025, 3, "0.003")] // 0.0025 is stored slightly above half
    [InlineData(0.0045, 3, "0.004")] // 0.0045 is stored slightly below half
    [InlineData(-1.0, 3, "-1.000")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(0.5, 2, "0.50")]
    [InlineData(0.95, 2, "0.95")]
    [InlineData(0.8999999999999999, 2, "0.90")]
    [InlineData(0.8209570957095709, 3, "0.821")]
    [InlineData(123.4567, 0, "123")]
    public void Fixed_matches_python_format(double value, int decimals, string expected)
    {
        Assert.Equal(expected, PythonFormat.Fixed(value, decimals));
    }
}
