using SingleShot.Checkpoints;
using static TorchSharp.torch;

namespace SingleShot.Training.FineTuning;

/// <summary>
/// Restores a model from a fine-tune checkpoint by the TF OD API's rules: <see cref="FineTuneCheckpointType.Classification"/>
/// restores the backbone only, <see cref="FineTuneCheckpointType.Detection"/> everything except the heads,
/// <see cref="FineTuneCheckpointType.Full"/> everything. Variables the checkpoint lacks keep their initialisation; a head
/// whose shape differs (e.g. another number of classes) is skipped; any other shape or dtype mismatch is an error listing
/// every mismatch, raised before anything is copied. Not responsible for freezing (see the trainer's variable selection).
/// </summary>
public static class FineTuneRestorer
{
    /// <summary>Restores <paramref name="model"/> from a flat tensor map (e.g. <see cref="SafeTensors.Read"/>'s tensors).</summary>
    /// <param name="model">The model; its variables are overwritten in place under no-grad.</param>
    /// <param name="checkpoint">
    /// Checkpoint tensors by name. <c>optimizer/</c> and <c>ema/</c> tensors are training state, not model tensors: they
    /// are ignored, except that <paramref name="fromMovingAverages"/> uses <c>ema/&lt;name&gt;</c> in place of <c>&lt;name&gt;</c>.
    /// </param>
    /// <param name="type">What the checkpoint holds.</param>
    /// <param name="scope">The backbone and head prefixes and the checkpoint-to-model name mappings.</param>
    /// <param name="source">The checkpoint's path, for the report and errors.</param>
    /// <param name="fromMovingAverages">Restore the moving-average (EMA) weights where the checkpoint has them; it must have some.</param>
    public static RestoreReport Restore(
        nn.Module model,
        IReadOnlyDictionary<string, Tensor> checkpoint,
        FineTuneCheckpointType type,
        FineTuneScope scope,
        string source,
        bool fromMovingAverages = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(source);
        (Dictionary<string, Tensor> weights, int averagesUsed, int ignored) = SelectWeights(checkpoint, fromMovingAverages, source);
        (Dictionary<string, (string Original, Tensor Tensor)> mapped, PrefixMappingUse[] uses) = MapNames(weights, scope, source);
        var plan = new RestorePlan();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, Tensor target) in ModelState.Capture(model))
        {
            Tensor? found = null;
            if (mapped.TryGetValue(name, out (string Original, Tensor Tensor) entry))
            {
                found = entry.Tensor;
                matched.Add(name);
            }

            plan.Consider(name, target, found, InScope(type, scope, name), scope.IsHead(name));
        }

        if (plan.Errors.Count > 0)
        {
            throw new CheckpointMismatchException(source, plan.Errors);
        }

        plan.Apply();
        return new RestoreReport
        {
            Source = source,
            Type = type,
            MovingAveragesUsed = averagesUsed,
            PrefixMappings = uses,
            Restored = plan.Restored,
            Absent = plan.Absent,
            Skipped = plan.Skipped,
            ShapeMismatches = plan.ShapeMismatches,
            Unused = mapped.Where(p => !matched.Contains(p.Key)).Select(p => p.Value.Original).ToArray(),
            IgnoredTrainingState = ignored,
        };
    }

    /// <summary>
    /// Restores <paramref name="model"/> from a loaded checkpoint: its model tensors, and with
    /// <paramref name="fromMovingAverages"/> its moving averages; its optimizer state is ignored.
    /// </summary>
    public static RestoreReport Restore(
        nn.Module model,
        CheckpointContent checkpoint,
        FineTuneCheckpointType type,
        FineTuneScope scope,
        string source,
        bool fromMovingAverages = false)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var flat = new Dictionary<string, Tensor>(checkpoint.Model, StringComparer.Ordinal);
        foreach ((string name, Tensor tensor) in checkpoint.MovingAverages ?? new Dictionary<string, Tensor>())
        {
            flat[CheckpointKeys.MovingAveragePrefix + name] = tensor;
        }

        foreach ((string key, Tensor tensor) in checkpoint.OptimizerState)
        {
            flat[CheckpointKeys.OptimizerPrefix + key] = tensor;
        }

        return Restore(model, flat, type, scope, source, fromMovingAverages);
    }

    private static bool InScope(FineTuneCheckpointType type, FineTuneScope scope, string name) => type switch
    {
        FineTuneCheckpointType.Classification => scope.IsBackbone(name),
        FineTuneCheckpointType.Detection => !scope.IsHead(name),
        _ => true,
    };

    private static (Dictionary<string, Tensor> Weights, int AveragesUsed, int Ignored) SelectWeights(
        IReadOnlyDictionary<string, Tensor> checkpoint, bool fromMovingAverages, string source)
    {
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var averages = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        int optimizer = 0;
        foreach ((string name, Tensor tensor) in checkpoint)
        {
            if (name.StartsWith(CheckpointKeys.MovingAveragePrefix, StringComparison.Ordinal))
            {
                averages[name[CheckpointKeys.MovingAveragePrefix.Length..]] = tensor;
            }
            else if (name.StartsWith(CheckpointKeys.OptimizerPrefix, StringComparison.Ordinal))
            {
                optimizer++;
            }
            else
            {
                weights[name] = tensor;
            }
        }

        if (!fromMovingAverages)
        {
            return (weights, 0, optimizer + averages.Count);
        }

        if (averages.Count == 0)
        {
            throw new InvalidDataException(
                $"{source}: restoring from moving averages was asked for, but the checkpoint has no '{CheckpointKeys.MovingAveragePrefix}' tensors.");
        }

        foreach ((string name, Tensor tensor) in averages)
        {
            weights[name] = tensor;
        }

        return (weights, averages.Count, optimizer);
    }

    private static (Dictionary<string, (string Original, Tensor Tensor)> Mapped, PrefixMappingUse[] Uses) MapNames(
        Dictionary<string, Tensor> weights, FineTuneScope scope, string source)
    {
        var mapped = new Dictionary<string, (string Original, Tensor Tensor)>(StringComparer.Ordinal);
        PrefixMapping[] mappings = scope.PrefixMappings.Distinct().ToArray();
        var counts = mappings.ToDictionary(m => m, _ => 0);
        foreach ((string name, Tensor tensor) in weights)
        {
            PrefixMapping? mapping = scope.MappingFor(name);
            string modelName = mapping is null ? name : mapping.ModelPrefix + name[mapping.CheckpointPrefix.Length..];
            if (mapped.TryGetValue(modelName, out (string Original, Tensor Tensor) other))
            {
                throw new InvalidDataException(
                    $"{source}: checkpoint tensors '{other.Original}' and '{name}' both map to model variable '{modelName}'; check the prefix mappings.");
            }

            mapped.Add(modelName, (name, tensor));
            if (mapping is not null)
            {
                counts[mapping]++;
            }
        }

        return (mapped, mappings.Select(m => new PrefixMappingUse(m, counts[m])).ToArray());
    }
}
