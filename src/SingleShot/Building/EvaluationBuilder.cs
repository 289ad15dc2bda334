using SingleShot.Configuration;
using SingleShot.Data.Formats;
using SingleShot.Evaluation;
using SingleShot.Training;

namespace SingleShot.Building;

/// <summary>Maps <c>eval_config</c> and <c>eval_input_reader</c> to a <see cref="ModelEvaluator"/> and its metric sets.</summary>
public static class EvaluationBuilder
{
    /// <summary>The evaluator of <paramref name="config"/>'s first <c>eval_input_reader</c>; errors name the field.</summary>
    public static (ModelEvaluator Evaluator, IReadOnlyList<MetricsSet> Sets) Build(PipelineConfig config, string baseDirectory, int workers, int? batchSize = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        SsdConfig ssd = config.Model as SsdConfig ?? throw new BuildException("model", "must be model { ssd { ... } }.");
        EvalConfig eval = config.EvalConfig ?? new EvalConfig();
        IDetectionDataset dataset = DatasetReaderBuilder.ForSplit(config, training: false, baseDirectory);
        if (dataset.LabelMap.Count > ssd.NumClasses)
        {
            throw new BuildException(
                "model.ssd.num_classes",
                $"is {ssd.NumClasses} but the evaluation data ({dataset.Description}) has {dataset.LabelMap.Count} classes.");
        }

        IReadOnlyList<MetricsSet> sets;
        try
        {
            sets = MetricsSets.Parse(eval.MetricsSets);
        }
        catch (ArgumentException e)
        {
            throw new BuildException("eval_config.metrics_set", e.Message);
        }

        InputReaderConfig reader = config.EvalInputReaders[0];
        var options = new ModelEvaluatorOptions
        {
            BatchSize = Math.Max(1, batchSize ?? eval.BatchSize),
            MaxExamples = eval.NumExamples,
            SampleOneOfN = Math.Max(1, reader.Sample1OfNExamples),
            Workers = Math.Max(1, workers),
        };
        return (new ModelEvaluator(dataset, ImageResizerBuilder.Build(ssd.ImageResizer), options), sets);
    }

    /// <summary>The evaluation run every <c>eval_every_n_steps</c> during training.</summary>
    public static ITrainingEvaluator ForTraining(PipelineConfig config, string baseDirectory, int workers)
    {
        (ModelEvaluator evaluator, IReadOnlyList<MetricsSet> sets) = Build(config, baseDirectory, workers);
        bool perCategory = config.EvalConfig?.IncludeMetricsPerCategory ?? false;
        return new TrainingEvaluator(evaluator, sets, perCategory);
    }
}
