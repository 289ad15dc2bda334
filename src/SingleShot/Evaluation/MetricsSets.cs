namespace SingleShot.Evaluation;

/// <summary>Parses <c>eval_config.metrics_set</c> names.</summary>
public static class MetricsSets
{
    private static readonly Dictionary<string, MetricsSet> s_names = new(StringComparer.Ordinal)
    {
        ["coco_detection_metrics"] = MetricsSet.CocoDetection,
        ["pascal_voc_detection_metrics"] = MetricsSet.PascalVocDetection,
        ["pascal_voc_2007_detection_metrics"] = MetricsSet.PascalVoc2007Detection,
    };

    /// <summary>The config names SingleShot knows.</summary>
    public static IReadOnlyCollection<string> KnownNames => s_names.Keys;

    /// <summary>
    /// The sets named by <paramref name="names"/> (empty means COCO, as in the TF OD API), without duplicates.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name; the message names the entry and lists the known ones.</exception>
    public static IReadOnlyList<MetricsSet> Parse(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return new[] { MetricsSet.CocoDetection };
        }

        var sets = new List<MetricsSet>();
        for (int i = 0; i < names.Count; i++)
        {
            if (!s_names.TryGetValue(names[i], out MetricsSet set))
            {
                throw new ArgumentException(
                    $"eval_config.metrics_set[{i}] '{names[i]}' is not supported; use one of {string.Join(", ", s_names.Keys)}.");
            }

            if (!sets.Contains(set))
            {
                sets.Add(set);
            }
        }

        return sets;
    }
}
