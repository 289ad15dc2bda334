using SingleShot.Data.Formats;
using SingleShot.Evaluation;
using SingleShot.Models;
using SingleShot.Training;

namespace SingleShot.Building;

/// <summary>Evaluation during training: runs the <see cref="ModelEvaluator"/> and computes the configured metrics.</summary>
internal sealed class TrainingEvaluator : ITrainingEvaluator
{
    private readonly ModelEvaluator _evaluator;
    private readonly IReadOnlyList<MetricsSet> _sets;
    private readonly bool _perCategory;

    public TrainingEvaluator(ModelEvaluator evaluator, IReadOnlyList<MetricsSet> sets, bool perCategory)
    {
        _evaluator = evaluator;
        _sets = sets;
        _perCategory = perCategory;
    }

    public IReadOnlyList<NamedMetric> Evaluate(SsdDetector model, long step)
    {
        IReadOnlyList<EvaluatedImage> images = _evaluator.Run(model);
        return DetectionMetrics.Compute(images, _evaluator.Dataset.LabelMap, _sets, _evaluator.Dataset is VocDataset, _perCategory).Metrics;
    }
}
