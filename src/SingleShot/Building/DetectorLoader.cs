using SingleShot.Checkpoints;
using SingleShot.Configuration;
using SingleShot.Models;

namespace SingleShot.Building;

/// <summary>Builds the detector of a pipeline.config and loads a checkpoint into it, strictly.</summary>
public static class DetectorLoader
{
    /// <summary>
    /// The detector of <paramref name="config"/> with the weights and batch-norm statistics of
    /// <paramref name="checkpointPath"/>; with <paramref name="useMovingAverages"/> the moving-average weights
    /// replace the trained ones (an error when the checkpoint has none). Every tensor must match (all mismatches
    /// are reported at once).
    /// </summary>
    public static SsdDetector FromCheckpoint(PipelineConfig config, string checkpointPath, bool useMovingAverages)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!File.Exists(checkpointPath))
        {
            throw new FileNotFoundException($"checkpoint '{checkpointPath}' does not exist.", checkpointPath);
        }

        SsdDetector model = SsdModelBuilder.Build(config);
        try
        {
            using CheckpointContent content = CheckpointManager.Load(checkpointPath);
            ModelState.LoadStrict(model, WeightsOf(content, checkpointPath, useMovingAverages), checkpointPath);
            model.eval();
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    private static IReadOnlyDictionary<string, TorchSharp.torch.Tensor> WeightsOf(CheckpointContent content, string path, bool useMovingAverages)
    {
        if (!useMovingAverages)
        {
            return content.Model;
        }

        if (content.MovingAverages is null)
        {
            throw new InvalidDataException(
                $"{path}: eval_config.use_moving_averages is set but the checkpoint has no moving averages (train with optimizer.use_moving_average).");
        }

        var weights = new Dictionary<string, TorchSharp.torch.Tensor>(content.Model);
        foreach ((string name, TorchSharp.torch.Tensor average) in content.MovingAverages)
        {
            weights[name] = average;
        }

        return weights;
    }
}
