using SingleShot.Building;
using SingleShot.Configuration;

namespace SingleShot.Tests.Building;

[Collection(TorchCollection.Name)]
public sealed class BuildErrorTests
{
    [Fact]
    public void A_typo_in_a_config_fails_with_its_line()
    {
        string text = File.ReadAllText(SampleConfigs.PathOf("ssd_tiny_shapes.config")).Replace("num_classes: 5", "num_clases: 5");
        var e = Assert.Throws<PipelineConfigException>(() => PipelineConfigReader.ReadText(text, "typo.config"));
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("num_clases")) + 1;
        Assert.Contains($"typo.config:{line}:", e.Message);
        Assert.Contains("num_classes", e.Message);
    }

    [Theory]
    [InlineData("model.ssd.feature_extractor.type=\"ssd_inception_v2\"", "model.ssd.feature_extractor.type")]
    [InlineData("model.ssd.num_classes=0", "model.ssd.num_classes")]
    [InlineData("model.ssd.anchor_generator.ssd_anchor_generator.num_layers=5", "anchor_generator")]
    [InlineData("model.ssd.feature_extractor.pad_to_multiple=48", "model.ssd.feature_extractor.pad_to_multiple")]
    [InlineData("model.ssd.post_processing.logit_scale=0", "model.ssd.post_processing.logit_scale")]
    [InlineData("model.ssd.image_resizer.fixed_shape_resizer.convert_to_grayscale=true", "convert_to_grayscale")]
    [InlineData("model.ssd.feature_extractor.conv_hyperparams.regularize_depthwise=true", "regularize_depthwise")]
    [InlineData("model.ssd.post_processing.batch_non_max_suppression.max_classes_per_detection=2", "max_classes_per_detection")]
    public void Unbuildable_values_name_the_field(string setting, string field)
    {
        // pad_to_multiple 32 divides the 128 input and is accepted; 48 does not.
        SampleConfigs.Build("ssd_tiny_shapes.config", "model.ssd.feature_extractor.pad_to_multiple=32").Dispose();
        var e = Assert.Throws<BuildException>(() => SampleConfigs.Build("ssd_tiny_shapes.config", setting));
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Vgg_rejects_settings_its_fixed_network_would_ignore()
    {
        var e = Assert.Throws<BuildException>(() => SampleConfigs.Build("ssd300_vgg16_voc.config", "model.ssd.feature_extractor.depth_multiplier=0.5"));
        Assert.Contains("depth_multiplier", e.Message);
        e = Assert.Throws<BuildException>(() => SampleConfigs.Build("ssd300_vgg16_voc.config", "model.ssd.feature_extractor.conv_hyperparams.activation=RELU_6"));
        Assert.Contains("conv_hyperparams", e.Message);
    }
}
