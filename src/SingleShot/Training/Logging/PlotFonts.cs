using SkiaSharp;

namespace SingleShot.Training.Logging;

/// <summary>
/// Finds the font that plot text is drawn with. SkiaSharp's Linux build without dependencies finds only the fonts under
/// <c>/usr/share/fonts</c>; without one its default typeface has no glyphs and ScottPlot draws no text at all. So this
/// prefers an installed sans-serif family, then any installed family, then a font file from the
/// <see cref="FontFileVariable"/> environment variable or a few other usual folders, registered with ScottPlot.
/// </summary>
internal static class PlotFonts
{
    /// <summary>An environment variable naming a .ttf/.otf file to draw plot text with, ahead of installed fonts.</summary>
    public const string FontFileVariable = "SINGLESHOT_PLOT_FONT";

    /// <summary>The name under which a font file found by this class is registered with ScottPlot.</summary>
    public const string RegisteredFamily = "SingleShot Plot Font";

    private const string SampleText = "Total loss step 0123456789.";

    private static readonly string[] s_preferredFamilies =
        ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI", "FreeSans", "Roboto"];

    private static readonly Lazy<string?> s_family = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The font family to set on every plot; null when no usable font exists (plots then have no text).</summary>
    public static string? Family => s_family.Value;

    /// <summary>An installed family that draws Latin text: a preferred sans-serif one, else the default, else any.</summary>
    internal static string? FindInstalledFamily()
    {
        IEnumerable<string> candidates = s_preferredFamilies.Concat(SKFontManager.Default.FontFamilies);
        foreach (string family in candidates)
        {
            using SKTypeface? typeface = SKFontManager.Default.MatchFamily(family);
            if (typeface is not null && typeface.FamilyName == family && DrawsText(typeface))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>The first font file under <paramref name="directories"/> (recursively) that draws Latin text; regular sans-serif files first.</summary>
    internal static string? FindFontFile(IEnumerable<string> directories)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        List<string> files = directories
            .Where(Directory.Exists)
            .SelectMany(directory => Directory.EnumerateFiles(directory, "*", options))
            .Where(file => Path.GetExtension(file).ToLowerInvariant() is ".ttf" or ".otf")
            .OrderBy(Preference)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();
        foreach (string file in files)
        {
            using SKTypeface? typeface = SKTypeface.FromFile(file);
            if (typeface is not null && DrawsText(typeface))
            {
                return file;
            }
        }

        return null;
    }

    private static string? Resolve()
    {
        string? configured = Environment.GetEnvironmentVariable(FontFileVariable);
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured) && Register(configured))
        {
            return RegisteredFamily;
        }

        string? installed = FindInstalledFamily();
        if (installed is not null)
        {
            return installed;
        }

        string? file = FindFontFile(FallbackDirectories());
        return file is not null && Register(file) ? RegisteredFamily : null;
    }

    private static bool Register(string file)
    {
        using SKTypeface? typeface = SKTypeface.FromFile(file);
        if (typeface is null || !DrawsText(typeface))
        {
            return false;
        }

        foreach (bool bold in new[] { false, true })
        {
            foreach (bool italic in new[] { false, true })
            {
                ScottPlot.Fonts.AddFontFile(RegisteredFamily, file, bold, italic);
            }
        }

        return true;
    }

    private static bool DrawsText(SKTypeface typeface) => typeface.GlyphCount > 0 && typeface.ContainsGlyphs(SampleText);

    private static int Preference(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        bool sans = name.Contains("Sans", StringComparison.OrdinalIgnoreCase);
        bool styled = new[] { "Bold", "Italic", "Oblique", "Mono", "Condensed", "Light", "Serif" }
            .Any(style => name.Contains(style, StringComparison.OrdinalIgnoreCase));
        return (sans ? 0 : 2) + (styled ? 1 : 0);
    }

    private static IEnumerable<string> FallbackDirectories()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        yield return Path.Combine(AppContext.BaseDirectory, "fonts");
        yield return "/usr/local/share/fonts";
        yield return "/usr/share/fonts";
        if (!string.IsNullOrEmpty(home))
        {
            yield return Path.Combine(home, ".local", "share", "fonts");
            yield return Path.Combine(home, ".fonts");
        }
    }
}
