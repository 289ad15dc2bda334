using SingleShot.Data.Formats;

namespace SingleShot.Evaluation.Voc;

/// <summary>Finds the image-set list of a VOC folder: an explicit file, a named split, or the only list there is.</summary>
internal static class VocImageSetLocator
{
    private const int MaxListed = 12;

    /// <summary>The list file to read.</summary>
    /// <param name="vocDirectory">The year's folder (holding <c>Annotations/</c> and <c>ImageSets/</c>).</param>
    /// <param name="imageSetFile">An explicit list, or null.</param>
    /// <param name="split">A split name looked up as <c>ImageSets/Main/&lt;split&gt;.txt</c> then <c>ImageSets/&lt;split&gt;.txt</c>, or null.</param>
    public static string Resolve(string vocDirectory, string? imageSetFile, string? split)
    {
        if (!Directory.Exists(vocDirectory))
        {
            throw new ProblemLocation(vocDirectory).Error(DataProblemKind.MissingFile, "the VOC folder does not exist.");
        }

        if (imageSetFile is not null)
        {
            if (split is not null)
            {
                throw new ArgumentException($"give an image-set file ('{imageSetFile}') or a split ('{split}'), not both.", nameof(split));
            }

            return File.Exists(imageSetFile)
                ? imageSetFile
                : throw new ProblemLocation(imageSetFile).Error(DataProblemKind.MissingFile, "the image-set list does not exist.");
        }

        string main = Path.Combine(vocDirectory, "ImageSets", "Main");
        string flat = Path.Combine(vocDirectory, "ImageSets");
        if (split is not null)
        {
            string[] tried = [Path.Combine(main, split + ".txt"), Path.Combine(flat, split + ".txt")];
            return tried.FirstOrDefault(File.Exists)
                ?? throw new ProblemLocation(tried[0]).Error(
                    DataProblemKind.MissingFile, $"there is no image-set list for split '{split}'; looked for {tried[0]} and {tried[1]}.");
        }

        string[] candidates = [.. ListsIn(main), .. ListsIn(flat)];
        return candidates.Length == 1 ? candidates[0] : throw NotOne(vocDirectory, candidates);
    }

    private static IEnumerable<string> ListsIn(string directory) => Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
        : [];

    private static DataFormatException NotOne(string vocDirectory, string[] candidates)
    {
        string names = string.Join(", ", candidates.Take(MaxListed).Select(c => Path.GetRelativePath(vocDirectory, c)));
        string more = candidates.Length > MaxListed ? $" and {candidates.Length - MaxListed} more" : "";
        string message = candidates.Length == 0
            ? "no split was given and there is no image-set list (ImageSets/Main/*.txt or ImageSets/*.txt)."
            : $"no split was given and there are {candidates.Length} image-set lists; name one: {names}{more}.";
        return new ProblemLocation(vocDirectory).Error(DataProblemKind.MissingFile, message);
    }
}
