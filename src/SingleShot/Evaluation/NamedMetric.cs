namespace SingleShot.Evaluation;

/// <summary>One evaluation number with its TF OD API name (e.g. <c>DetectionBoxes_Precision/mAP</c>).</summary>
/// <param name="Name">The metric's name.</param>
/// <param name="Value">Its value.</param>
public readonly record struct NamedMetric(string Name, double Value);
