using System.Globalization;
using System.Text;
using SingleShot.Checkpoints;

namespace SingleShot.Training.FineTuning;

/// <summary>
/// What a fine-tune restore did with every model variable and checkpoint tensor: each model variable is in exactly one
/// of <see cref="Restored"/>, <see cref="Absent"/> and <see cref="Skipped"/>. <see cref="Summary"/> is for the console,
/// <see cref="ToText"/> (written by <see cref="WriteTo"/>) is the full listing for <c>restore_report.txt</c>.
/// </summary>
public sealed record RestoreReport
{
    /// <summary>The checkpoint restored from.</summary>
    public required string Source { get; init; }

    /// <summary>The checkpoint type, which decided the restored scope.</summary>
    public required FineTuneCheckpointType Type { get; init; }

    /// <summary>Moving-average (EMA) tensors used in place of the raw weights; 0 when restoring the raw weights.</summary>
    public required int MovingAveragesUsed { get; init; }

    /// <summary>The scope's prefix mappings and how many checkpoint names each renamed.</summary>
    public required IReadOnlyList<PrefixMappingUse> PrefixMappings { get; init; }

    /// <summary>Model variables copied from the checkpoint (bitwise, or converted between floating types).</summary>
    public required IReadOnlyList<string> Restored { get; init; }

    /// <summary>Model variables in the restored scope that the checkpoint lacks; they keep their initialisation.</summary>
    public required IReadOnlyList<string> Absent { get; init; }

    /// <summary>Model variables not restored by design (outside the scope, or a head whose shape differs).</summary>
    public required IReadOnlyList<SkippedVariable> Skipped { get; init; }

    /// <summary>The shapes of the skipped head variables whose shape differs from the checkpoint's.</summary>
    public required IReadOnlyList<ShapeMismatch> ShapeMismatches { get; init; }

    /// <summary>Checkpoint tensors (original names) that match no model variable.</summary>
    public required IReadOnlyList<string> Unused { get; init; }

    /// <summary>Checkpoint tensors ignored as training state (<c>optimizer/</c>, and <c>ema/</c> unless used).</summary>
    public required int IgnoredTrainingState { get; init; }

    /// <summary>A few lines with counts (no per-variable listing), for the console.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        string weights = MovingAveragesUsed > 0 ? $"moving averages ({MovingAveragesUsed} tensors)" : "raw weights";
        Line(text, $"Fine-tune restore from {Source} (type: {Type.ToString().ToLowerInvariant()}, {weights})");
        Line(text, $"  restored:                              {Restored.Count}");
        Line(text, $"  absent from checkpoint (initialised):  {Absent.Count}");
        int outside = Skipped.Count(s => s.Reason == SkipReason.OutsideScope);
        Line(text, $"  skipped by design:                     {Skipped.Count} "
            + $"(outside the restored scope: {outside}, head shape mismatch: {Skipped.Count - outside})");
        Line(text, $"  unused checkpoint tensors:             {Unused.Count}; training-state tensors ignored: {IgnoredTrainingState}");
        foreach (PrefixMappingUse use in PrefixMappings)
        {
            Line(text, $"  prefix mapping {use.Mapping}: renamed {use.Count} checkpoint names");
        }

        if (Restored.Count == 0 && Unused.Count > 0)
        {
            Line(text, "  warning: nothing was restored; do the checkpoint's names need a prefix mapping (e.g. '' -> 'feature_extractor.')?");
        }

        return text.ToString();
    }

    /// <summary>The summary followed by every name of every category.</summary>
    public string ToText()
    {
        var text = new StringBuilder(Summary());
        Section(text, "Restored", Restored);
        Section(text, "Absent from the checkpoint (kept their initialisation)", Absent);
        var shapes = ShapeMismatches.ToDictionary(m => m.Name, StringComparer.Ordinal);
        Section(text, "Skipped by design", Skipped.Select(s => Describe(s, shapes)).ToArray());
        Section(text, "Unused checkpoint tensors", Unused);
        return text.ToString();
    }

    /// <summary>Writes <see cref="ToText"/> to <paramref name="path"/> (UTF-8) atomically.</summary>
    public void WriteTo(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFileWriter.WriteAllText(path, ToText());
    }

    private static string Describe(SkippedVariable skipped, Dictionary<string, ShapeMismatch> shapes)
    {
        if (skipped.Reason == SkipReason.OutsideScope)
        {
            return $"{skipped.Name}  (outside the restored scope)";
        }

        ShapeMismatch shape = shapes[skipped.Name];
        return $"{skipped.Name}  (head shape mismatch: model {ShapeText.Format(shape.Expected)}, checkpoint {ShapeText.Format(shape.Found)})";
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static void Section(StringBuilder text, string title, IReadOnlyList<string> names)
    {
        Line(text, "");
        Line(text, string.Create(CultureInfo.InvariantCulture, $"{title} ({names.Count}):"));
        if (names.Count == 0)
        {
            Line(text, "  (none)");
        }

        foreach (string name in names)
        {
            Line(text, "  " + name);
        }
    }
}
