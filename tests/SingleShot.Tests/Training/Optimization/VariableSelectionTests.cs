using SingleShot.Training.Optimization;

namespace SingleShot.Tests.Training.Optimization;

public sealed class VariableSelectionTests
{
    private static readonly string[] s_names =
    [
        "backbone.stem.conv.weight",
        "backbone.blocks.0.conv.weight",
        "head.box.weight",
        "head.cls.weight",
        "head.cls.bias",
    ];

    [Fact]
    public void Nothing_configured_trains_everything()
    {
        VariableSelection selection = VariableSelection.Create(s_names, [], []);
        Assert.Equal(s_names, selection.Trainable);
        Assert.Empty(selection.Frozen);
        Assert.Empty(selection.UnmatchedPatterns);
    }

    [Fact]
    public void Update_patterns_include_then_freeze_patterns_exclude()
    {
        // include head.*; exclude anything containing "bias" (re.search): head.box.weight, head.cls.weight train.
        VariableSelection selection = VariableSelection.Create(s_names, ["bias"], ["head"]);
        Assert.Equal(["head.box.weight", "head.cls.weight"], selection.Trainable);
        Assert.Equal(["backbone.stem.conv.weight", "backbone.blocks.0.conv.weight", "head.cls.bias"], selection.Frozen);
    }

    [Fact]
    public void Search_matches_anywhere_and_Match_only_at_the_start()
    {
        // "conv" occurs inside both backbone names but starts none.
        Assert.Equal(2, VariableSelection.Create(s_names, ["conv"], []).Frozen.Count);
        VariableSelection anchored = VariableSelection.Create(s_names, ["conv"], [], VariablePatternMatching.Match);
        Assert.Empty(anchored.Frozen);
        Assert.Equal(["freeze_variables[0] 'conv' matches no variable"], anchored.UnmatchedPatterns);

        // re.match is anchored at the start only, not at the end: "backbone" freezes both backbone variables.
        Assert.Equal(2, VariableSelection.Create(s_names, ["backbone"], [], VariablePatternMatching.Match).Frozen.Count);
        Assert.Equal(["head.cls.weight", "head.cls.bias"], VariableSelection.Create(s_names, [@"head\.cls"], [], VariablePatternMatching.Match).Frozen);
    }

    [Fact]
    public void Unmatched_patterns_are_reported_not_ignored()
    {
        VariableSelection selection = VariableSelection.Create(s_names, ["head", "FeatureExtractor/"], ["nothing_here"]);
        Assert.Equal(
            ["update_trainable_variables[0] 'nothing_here' matches no variable", "freeze_variables[1] 'FeatureExtractor/' matches no variable"],
            selection.UnmatchedPatterns);
        Assert.Empty(selection.Trainable);
    }

    [Fact]
    public void Python_named_groups_are_accepted()
    {
        VariableSelection selection = VariableSelection.Create(["head.head.w", "head.box.w"], [@"(?P<part>head)\.(?P=part)"], []);
        Assert.Equal(["head.head.w"], selection.Frozen);
    }

    [Fact]
    public void An_invalid_pattern_names_its_list_and_index()
    {
        var e = Assert.Throws<ArgumentException>(() => VariableSelection.Create(s_names, ["head", "conv("], []));
        Assert.Contains("freeze_variables[1] 'conv('", e.Message);
        Assert.Equal("freezePatterns", e.ParamName);
    }
}
