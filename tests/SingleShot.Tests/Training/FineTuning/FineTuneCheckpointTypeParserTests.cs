using SingleShot.Training.FineTuning;

namespace SingleShot.Tests.Training.FineTuning;

public sealed class FineTuneCheckpointTypeParserTests
{
    [Theory]
    [InlineData("classification", false, FineTuneCheckpointType.Classification)]
    [InlineData("detection", false, FineTuneCheckpointType.Detection)]
    [InlineData("full", false, FineTuneCheckpointType.Full)]
    [InlineData("", true, FineTuneCheckpointType.Detection)] // TF: deprecated from_detection_checkpoint: true
    [InlineData("", false, FineTuneCheckpointType.Classification)] // TF's default when neither is set
    [InlineData("classification", true, FineTuneCheckpointType.Classification)] // the explicit type wins, as in TF
    public void Parses_the_tf_values(string value, bool fromDetectionCheckpoint, FineTuneCheckpointType expected) =>
        Assert.Equal(expected, FineTuneCheckpointTypeParser.Parse(value, fromDetectionCheckpoint));

    [Theory]
    [InlineData("Detection")]
    [InlineData("fine_tune")]
    [InlineData("segmentation")]
    public void Other_values_name_the_field(string value)
    {
        FormatException error = Assert.Throws<FormatException>(() => FineTuneCheckpointTypeParser.Parse(value, false));
        Assert.StartsWith("train_config.fine_tune_checkpoint_type: unknown value \"" + value + "\"", error.Message);
        Assert.Contains("\"classification\", \"detection\" or \"full\"", error.Message);
    }
}
