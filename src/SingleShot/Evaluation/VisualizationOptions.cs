namespace SingleShot.Evaluation;

/// <summary>What <see cref="DetectionVisualizer"/> draws (the TF OD API's eval_config visualization fields).</summary>
public sealed record VisualizationOptions
{
    /// <summary>Images to draw, the first ones in evaluation order (<c>num_visualizations</c>).</summary>
    public int Count { get; init; } = 10;

    /// <summary>Lowest score drawn (<c>min_score_threshold</c>).</summary>
    public float MinScore { get; init; } = 0.5f;

    /// <summary>Most detections drawn per image (<c>max_num_boxes_to_visualize</c>).</summary>
    public int MaxBoxes { get; init; } = 20;

    /// <summary>Also draw the ground truth, in white (<c>visualize_groundtruth_boxes</c>).</summary>
    public bool IncludeGroundTruth { get; init; }

    /// <summary>Name files by image id rather than by position (<c>keep_image_id_for_visualization_export</c>).</summary>
    public bool KeepImageId { get; init; }

    /// <summary>Leave scores off the captions (<c>skip_scores</c>).</summary>
    public bool SkipScores { get; init; }

    /// <summary>Leave class names off the captions (<c>skip_labels</c>).</summary>
    public bool SkipLabels { get; init; }
}
