using System.Diagnostics;
using System.Globalization;
using SingleShot.Checkpoints;
using SingleShot.Data.Loading;
using SingleShot.Evaluation;
using SingleShot.Heads;
using SingleShot.Losses;
using SingleShot.Training.Optimization;
using static TorchSharp.torch;

namespace SingleShot.Training;

/// <summary>
/// The training loop: one optimizer step per batch in a dispose scope (flat memory over hours), the learning rate
/// of the schedule, optional gradient clipping and weight moving average, checkpoints every N steps and at the end
/// or on cancellation, evaluation every N steps with <c>best.safetensors</c> and early stopping. A non-finite loss
/// or gradient stops the run before the bad update (<see cref="NonFiniteLossException"/>). Resuming restores
/// weights, batch-norm statistics, optimizer state, moving averages, the step and the random generator, and skips
/// the batches already seen, so N + N steps equal 2N steps bit for bit.
/// Not responsible for building the components, fine-tuning restores or freezing (done before).
/// </summary>
public sealed class Trainer
{
    private const string BestValueKey = "best_metric_value";
    private const string StaleEvaluationsKey = "evaluations_without_improvement";

    private readonly TrainingComponents _parts;
    private readonly TrainerOptions _options;
    private readonly IReadOnlyList<ITrainingObserver> _observers;
    private double? _bestValue;
    private int _staleEvaluations;
    private double _imagesPerSecond;

    /// <summary>Creates the trainer; call <see cref="ResumeFromLatest"/> to continue a run, then <see cref="Run"/>.</summary>
    public Trainer(TrainingComponents parts, TrainerOptions options, IEnumerable<ITrainingObserver> observers)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _parts = parts;
        _options = options;
        _observers = observers.ToArray();
    }

    /// <summary>Completed optimizer steps.</summary>
    public long Step { get; private set; }

    /// <summary>
    /// Steps whose gradient came out non-finite from a finite loss and were computed again. With TorchSharp 0.107 on
    /// the development machine this happened now and then (tens to hundreds of steps apart) and did not repeat on
    /// the second computation; a second non-finite gradient stops training (<see cref="NonFiniteLossException"/>).
    /// </summary>
    public long RetriedSteps { get; private set; }

    /// <summary>The step at which the run ends.</summary>
    public long NumSteps => _options.NumSteps;

    /// <summary>The last checkpoint written or resumed from, or null.</summary>
    public string? LastCheckpoint { get; private set; }

    /// <summary>
    /// Continues from the latest checkpoint of the model directory, if there is one: every tensor must match the
    /// model (all problems are reported at once). Returns the checkpoint's path, or null when starting fresh.
    /// </summary>
    public string? ResumeFromLatest()
    {
        string? latest = _parts.Checkpoints.LatestPath;
        if (latest is null)
        {
            return null;
        }

        CheckpointContent content = CheckpointManager.Load(latest);
        try
        {
            ModelState.LoadStrict(_parts.Model, content.Model, latest);
            _parts.Optimizer.LoadState(content.OptimizerState);
            RestoreMovingAverage(content, latest);
            RestoreMetadata(content.Metadata);
        }
        finally
        {
            content.Dispose();
        }

        Step = content.Step;
        LastCheckpoint = latest;
        return latest;
    }

    /// <summary>Trains until <see cref="TrainerOptions.NumSteps"/>, the end of the input, early stopping or cancellation.</summary>
    public TrainingResult Run(CancellationToken cancellation = default)
    {
        long start = Step;
        var watch = Stopwatch.StartNew();
        Notify(o => o.OnStart(start, _options.NumSteps));
        TrainingStopReason reason = Step >= _options.NumSteps ? TrainingStopReason.Completed : TrainingStopReason.InputExhausted;
        TrainingStepReport? last = null;
        long savedStep = Step;
        _parts.Model.train();
        try
        {
            foreach (HostBatch batch in Step >= _options.NumSteps ? Array.Empty<HostBatch>() : _parts.Batches(Step, cancellation))
            {
                last = TrainStep(batch, watch.Elapsed);
                Notify(o => o.OnStep(last));
                if (Step % _options.LogEveryN == 0 || Step == _options.NumSteps)
                {
                    Notify(o => o.OnLog(last));
                }

                if (Step % _options.CheckpointEveryN == 0 || Step == _options.NumSteps)
                {
                    SaveCheckpoint();
                    savedStep = Step;
                }

                if (_parts.Evaluator is not null && _options.EvalEveryN > 0 && Step % _options.EvalEveryN == 0 && Evaluate())
                {
                    reason = TrainingStopReason.EarlyStopped;
                    break;
                }

                if (Step >= _options.NumSteps)
                {
                    reason = TrainingStopReason.Completed;
                    break;
                }

                if (cancellation.IsCancellationRequested)
                {
                    reason = TrainingStopReason.Interrupted;
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            reason = TrainingStopReason.Interrupted;
        }

        if (Step > savedStep)
        {
            SaveCheckpoint();
        }

        var result = new TrainingResult(reason, start, Step, LastCheckpoint, last?.Losses, _bestValue, watch.Elapsed);
        Notify(o => o.OnFinish(result));
        return result;
    }

    private TrainingStepReport TrainStep(HostBatch batch, TimeSpan elapsed)
    {
        var stepWatch = Stopwatch.StartNew();
        double learningRate = _parts.Schedule.LearningRate(Step);
        using IDisposable scope = NewDisposeScope();
        Tensor images = batch.ImagesTensor(_parts.Device);
        IReadOnlyList<ImageGroundTruth> truth = batch.GroundTruth(_parts.Device);
        BoxPredictions predictions = _parts.Model.Predict(images);
        SsdLossBreakdown loss = _parts.Model.Loss(predictions, truth);
        Tensor objective = _options.AddRegularizationLoss ? loss.Total : loss.Localization + loss.Classification;
        var losses = new Dictionary<string, double>
        {
            ["loss/localization"] = loss.Localization.item<float>(),
            ["loss/classification"] = loss.Classification.item<float>(),
            ["loss/regularization"] = loss.Regularization.item<float>(),
            ["loss/total"] = objective.item<float>(),
        };
        RequireFinite(losses["loss/total"], "the total loss");
        double norm = Backward(objective);
        if (!double.IsFinite(norm))
        {
            // A finite loss with a non-finite gradient has been seen to be transient here (see RetriedSteps): the
            // same batch is run once more before giving up.
            RetriedSteps++;
            BoxPredictions again = _parts.Model.Predict(images);
            SsdLossBreakdown retry = _parts.Model.Loss(again, truth);
            norm = Backward(_options.AddRegularizationLoss ? retry.Total : retry.Localization + retry.Classification);
        }

        RequireFinite(norm, "the gradient norm");
        _parts.Optimizer.Step(learningRate);
        Step++;
        _parts.MovingAverage?.Update(Step);
        double rate = batch.Samples.Count / Math.Max(stepWatch.Elapsed.TotalSeconds, 1e-9);
        _imagesPerSecond = _imagesPerSecond == 0 ? rate : (0.9 * _imagesPerSecond) + (0.1 * rate);
        return new TrainingStepReport(Step, _options.NumSteps, batch.Epoch, losses, learningRate, norm, _imagesPerSecond, elapsed + stepWatch.Elapsed);
    }

    private double Backward(Tensor objective)
    {
        _parts.Optimizer.ZeroGrad();
        objective.backward();
        return _options.GradientClippingByNorm > 0
            ? GradientClipping.ClipByGlobalNorm(_parts.Trainable, _options.GradientClippingByNorm)
            : GradientClipping.GlobalNorm(_parts.Trainable);
    }

    private void RequireFinite(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw new NonFiniteLossException(Step + 1, $"{what} is {value.ToString(CultureInfo.InvariantCulture)}", LastCheckpoint);
        }
    }

    /// <summary>Evaluates, keeps the best checkpoint, and says whether early stopping is due.</summary>
    private bool Evaluate()
    {
        IReadOnlyList<NamedMetric> metrics;
        using (IDisposable? swap = _options.EvaluateMovingAverages ? _parts.MovingAverage?.SwapInto() : null)
        {
            metrics = _parts.Evaluator!.Evaluate(_parts.Model, Step);
        }

        _parts.Model.train();
        NamedMetric[] matching = metrics.Where(m => m.Name == _options.BestMetric).ToArray();
        if (matching.Length == 0)
        {
            throw new InvalidOperationException(
                $"train_config.best_metric '{_options.BestMetric}' is not among the evaluation's metrics: {string.Join(", ", metrics.Select(m => m.Name))}.");
        }

        double value = matching[0].Value;
        bool isBest = _bestValue is null || value > _bestValue.Value;
        if (isBest)
        {
            _bestValue = value;
            _staleEvaluations = 0;
            using CheckpointContent content = Capture();
            _parts.Checkpoints.SaveBest(content, _options.BestMetric, value);
        }
        else
        {
            _staleEvaluations++;
        }

        Notify(o => o.OnEvaluation(Step, metrics, isBest));
        return _options.EarlyStoppingPatience > 0 && _staleEvaluations >= _options.EarlyStoppingPatience;
    }

    private void SaveCheckpoint()
    {
        using CheckpointContent content = Capture();
        LastCheckpoint = _parts.Checkpoints.Save(content);
        Notify(o => o.OnCheckpoint(Step, LastCheckpoint));
    }

    private CheckpointContent Capture()
    {
        var metadata = new Dictionary<string, string>(_parts.Metadata)
        {
            [RandomState.MetadataKey] = RandomState.Capture(),
            [StaleEvaluationsKey] = _staleEvaluations.ToString(CultureInfo.InvariantCulture),
        };
        if (_bestValue is double best)
        {
            metadata[BestValueKey] = best.ToString("R", CultureInfo.InvariantCulture);
        }

        return new CheckpointContent(Step, ModelState.Capture(_parts.Model), _parts.MovingAverage?.Shadows, _parts.Optimizer.State(), metadata);
    }

    private void RestoreMovingAverage(CheckpointContent content, string path)
    {
        if (_parts.MovingAverage is null)
        {
            return;
        }

        if (content.MovingAverages is null)
        {
            throw new InvalidDataException($"{path}: the run uses moving averages (use_moving_average) but the checkpoint has none.");
        }

        _parts.MovingAverage.LoadState(content.MovingAverages);
    }

    private void RestoreMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.TryGetValue(RandomState.MetadataKey, out string? rng))
        {
            RandomState.Restore(rng);
        }

        if (metadata.TryGetValue(BestValueKey, out string? best))
        {
            _bestValue = double.Parse(best, CultureInfo.InvariantCulture);
        }

        if (metadata.TryGetValue(StaleEvaluationsKey, out string? stale))
        {
            _staleEvaluations = int.Parse(stale, CultureInfo.InvariantCulture);
        }
    }

    private void Notify(Action<ITrainingObserver> action)
    {
        foreach (ITrainingObserver observer in _observers)
        {
            action(observer);
        }
    }
}
