using System.Globalization;
using System.Numerics;
using static TorchSharp.torch;

namespace SingleShot.Checkpoints;

/// <summary>Maps a <see cref="CheckpointContent"/> to safetensors names and metadata and back (see <see cref="CheckpointKeys"/>).</summary>
internal static class CheckpointFile
{
    /// <summary>The file's tensors: model names as they are, then <c>ema/</c> and <c>optimizer/</c> entries.</summary>
    public static IEnumerable<KeyValuePair<string, Tensor>> Tensors(CheckpointContent content)
    {
        ArgumentNullException.ThrowIfNull(content.Model);
        ArgumentNullException.ThrowIfNull(content.OptimizerState);
        foreach (string name in content.Model.Keys)
        {
            if (CheckpointKeys.IsTrainingState(name))
            {
                throw new ArgumentException(
                    $"model tensor '{name}' starts with a reserved prefix ('{CheckpointKeys.MovingAveragePrefix}' or '{CheckpointKeys.OptimizerPrefix}').",
                    nameof(content));
            }
        }

        IEnumerable<KeyValuePair<string, Tensor>> averages = content.MovingAverages is null
            ? []
            : content.MovingAverages.Select(p => Prefixed(CheckpointKeys.MovingAveragePrefix, p));
        return content.Model
            .Concat(averages)
            .Concat(content.OptimizerState.Select(p => Prefixed(CheckpointKeys.OptimizerPrefix, p)));
    }

    /// <summary>The file's metadata: the content's entries and <paramref name="extra"/> prefixed, plus the format version and step.</summary>
    public static IReadOnlyDictionary<string, string> Metadata(CheckpointContent content, IReadOnlyDictionary<string, string>? extra)
    {
        if (content.Step < 0)
        {
            throw new ArgumentException($"the checkpoint step must not be negative, got {content.Step}.", nameof(content));
        }

        ArgumentNullException.ThrowIfNull(content.Metadata);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CheckpointKeys.MetadataPrefix + CheckpointKeys.FormatVersion] = CheckpointKeys.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture),
            [CheckpointKeys.MetadataPrefix + CheckpointKeys.Step] = content.Step.ToString(CultureInfo.InvariantCulture),
        };
        IEnumerable<KeyValuePair<string, string>> entries = extra is null
            ? content.Metadata
            : content.Metadata.Where(p => !extra.ContainsKey(p.Key)).Concat(extra);
        foreach ((string key, string value) in entries)
        {
            if (key is CheckpointKeys.FormatVersion or CheckpointKeys.Step)
            {
                throw new ArgumentException($"metadata key '{key}' is reserved for the checkpoint format.", nameof(content));
            }

            ArgumentNullException.ThrowIfNull(value, $"metadata[{key}]");
            metadata[CheckpointKeys.MetadataPrefix + key] = value;
        }

        return metadata;
    }

    /// <summary>Splits a file's tensors and metadata into a content (which does not own them yet).</summary>
    public static CheckpointContent ToContent(string path, SafeTensorsContent file)
    {
        int version = ReadInteger(path, file.Metadata, CheckpointKeys.FormatVersion, CheckpointKeys.CurrentFormatVersion);
        if (version > CheckpointKeys.CurrentFormatVersion)
        {
            throw new InvalidDataException(
                $"{path}: checkpoint format version {version} is newer than this SingleShot reads ({CheckpointKeys.CurrentFormatVersion}).");
        }

        long step = ReadInteger(path, file.Metadata, CheckpointKeys.Step, 0L);
        var model = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        var averages = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        var optimizer = new OrderedDictionary<string, Tensor>(StringComparer.Ordinal);
        foreach ((string name, Tensor tensor) in file.Tensors)
        {
            if (name.StartsWith(CheckpointKeys.MovingAveragePrefix, StringComparison.Ordinal))
            {
                averages.Add(name[CheckpointKeys.MovingAveragePrefix.Length..], tensor);
            }
            else if (name.StartsWith(CheckpointKeys.OptimizerPrefix, StringComparison.Ordinal))
            {
                optimizer.Add(name[CheckpointKeys.OptimizerPrefix.Length..], tensor);
            }
            else
            {
                model.Add(name, tensor);
            }
        }

        return new CheckpointContent(step, model, averages.Count == 0 ? null : averages, optimizer, UserMetadata(file.Metadata));
    }

    private static KeyValuePair<string, Tensor> Prefixed(string prefix, KeyValuePair<string, Tensor> pair) =>
        new(prefix + pair.Key, pair.Value);

    private static Dictionary<string, string> UserMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        var user = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, string value) in metadata)
        {
            if (key.StartsWith(CheckpointKeys.MetadataPrefix, StringComparison.Ordinal))
            {
                string name = key[CheckpointKeys.MetadataPrefix.Length..];
                if (name is not (CheckpointKeys.FormatVersion or CheckpointKeys.Step))
                {
                    user[name] = value;
                }
            }
        }

        return user;
    }

    private static T ReadInteger<T>(string path, IReadOnlyDictionary<string, string> metadata, string key, T fallback)
        where T : IBinaryInteger<T>
    {
        if (!metadata.TryGetValue(CheckpointKeys.MetadataPrefix + key, out string? text))
        {
            return fallback;
        }

        if (!T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out T? value))
        {
            throw new InvalidDataException($"{path}: metadata '{CheckpointKeys.MetadataPrefix + key}' must be a non-negative integer, found '{text}'.");
        }

        return value;
    }
}
