using SingleShot.Training.Logging;
using SkiaSharp;

namespace SingleShot.Tests.Training.Logging;

/// <summary>Renders real figures and decodes them back with SkiaSharp to check size, curves and text.</summary>
public sealed class TrainingPlotsTests
{
    // ScottPlot's default palette (Category10): the first three series colours.
    private static readonly SKColor s_blue = new(0x1F, 0x77, 0xB4);
    private static readonly SKColor s_orange = new(0xFF, 0x7F, 0x0E);
    private static readonly SKColor s_green = new(0x2C, 0xA0, 0x2C);

    [Fact]
    public void Writes_one_png_per_figure_including_eval_metrics()
    {
        using var folder = new LoggingTestFolder();
        string metrics = WriteTrainingMetrics(folder);
        WriteEvalMetrics(folder);

        IReadOnlyList<string> written = TrainingPlots.WriteLossCurves(metrics, folder.PathOf("plots"));

        Assert.Equal(
            ["loss_total.png", "loss_components.png", "learning_rate.png", "images_per_second.png", "eval_DetectionBoxes_Precision_mAP.png", "eval_DetectionBoxes_Recall_AR_100.png"],
            written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.Equal(folder.PathOf("plots", Path.GetFileName(path)), path));
        Assert.Equal(written.Order(), Directory.GetFiles(folder.PathOf("plots")).Order());
    }

    [Fact]
    public void Without_eval_metrics_or_finite_values_there_is_no_figure()
    {
        using var folder = new LoggingTestFolder();
        string metrics = folder.PathOf("metrics.csv");
        File.WriteAllText(metrics, "step,wall_time,loss/total,grad_norm\n1,10,NaN,\n2,11,Infinity,\n");

        Assert.Empty(TrainingPlots.WriteLossCurves(metrics, folder.PathOf("plots")));
    }

    [Fact]
    public void The_pngs_have_the_figure_size_text_and_curves_going_the_right_way()
    {
        Assert.True(TrainingPlots.FontFamily is not null, "No font found: plot text cannot be drawn (install e.g. fonts-dejavu-core).");
        using var folder = new LoggingTestFolder();
        string metrics = WriteTrainingMetrics(folder);
        TrainingPlots.WriteLossCurves(metrics, folder.PathOf("plots"));

        using SKBitmap total = Decode(folder.PathOf("plots", "loss_total.png"));
        Assert.True(HasDarkPixelsInTitleBand(total), "the title is not drawn");
        (double leftY, double rightY) = EndHeights(total, s_blue);
        Assert.True(leftY + 200 < rightY, $"the falling loss should run from high (small y) to low: left {leftY}, right {rightY}");

        using SKBitmap rate = Decode(folder.PathOf("plots", "learning_rate.png"));
        (leftY, rightY) = EndHeights(rate, s_blue);
        Assert.True(leftY > rightY + 200, $"the warm-up learning rate should rise: left {leftY}, right {rightY}");

        using SKBitmap components = Decode(folder.PathOf("plots", "loss_components.png"));
        Assert.All([s_blue, s_orange, s_green], colour => Assert.True(Count(components, colour) > 100, $"no curve drawn in {colour}"));
    }

    [Fact]
    public void Metric_names_become_safe_file_names()
    {
        Assert.Equal("DetectionBoxes_Precision_mAP_.50IOU", TrainingPlots.SafeFileStem("DetectionBoxes_Precision/mAP@.50IOU"));
        Assert.Equal("metric", TrainingPlots.SafeFileStem("..."));
    }

    [Fact]
    public void A_font_file_is_found_in_a_folder_and_unreadable_files_are_skipped()
    {
        string? system = PlotFonts.FindFontFile(["/usr/share/fonts", "/usr/local/share/fonts"]);
        Assert.True(system is not null, "No font file on this machine to test with (install e.g. fonts-dejavu-core).");
        using var folder = new LoggingTestFolder();
        Directory.CreateDirectory(folder.PathOf("nested"));
        File.WriteAllBytes(folder.PathOf("ABrokenSans.ttf"), [1, 2, 3, 4]);
        string copy = folder.PathOf("nested", "CopiedSans" + Path.GetExtension(system));
        File.Copy(system, copy);

        Assert.Equal(copy, PlotFonts.FindFontFile([folder.Root, folder.PathOf("missing")]));
    }

    private static string WriteTrainingMetrics(LoggingTestFolder folder)
    {
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        string[] columns =
        [
            MetricsColumns.TotalLoss, MetricsColumns.LocalizationLoss, MetricsColumns.ClassificationLoss,
            MetricsColumns.RegularizationLoss, MetricsColumns.LearningRate, MetricsColumns.ImagesPerSecond, "grad_norm",
        ];
        using var writer = new MetricsCsvWriter(path, columns);
        for (int step = 0; step <= 1000; step += 10)
        {
            double localization = 2.0 * Math.Exp(-step / 250.0);
            double classification = 1.5 * Math.Exp(-step / 400.0) + 0.2;
            var values = new Dictionary<string, double>
            {
                [MetricsColumns.TotalLoss] = localization + classification + 0.1,
                [MetricsColumns.LocalizationLoss] = localization,
                [MetricsColumns.ClassificationLoss] = classification,
                [MetricsColumns.RegularizationLoss] = 0.1,
                [MetricsColumns.LearningRate] = Math.Min(step, 200) * 5e-5,
                [MetricsColumns.ImagesPerSecond] = 40 + (step % 30),
                ["grad_norm"] = double.NaN,
            };
            writer.WriteRow(step, values, wallTime: 1700000000 + step);
        }

        return path;
    }

    private static void WriteEvalMetrics(LoggingTestFolder folder)
    {
        using var writer = new MetricsCsvWriter(folder.PathOf(MetricsColumns.EvalMetricsFileName), ["DetectionBoxes_Precision/mAP", "DetectionBoxes_Recall/AR@100"]);
        writer.WriteRow(500, new Dictionary<string, double> { ["DetectionBoxes_Precision/mAP"] = 0.12, ["DetectionBoxes_Recall/AR@100"] = 0.2 });
        writer.WriteRow(1000, new Dictionary<string, double> { ["DetectionBoxes_Precision/mAP"] = 0.21 });
    }

    private static SKBitmap Decode(string path)
    {
        SKBitmap bitmap = SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        Assert.Equal((TrainingPlots.Width, TrainingPlots.Height), (bitmap.Width, bitmap.Height));
        return bitmap;
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 24 && Math.Abs(a.Green - b.Green) < 24 && Math.Abs(a.Blue - b.Blue) < 24 && a.Alpha > 200;

    private static int Count(SKBitmap bitmap, SKColor colour)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                count += Near(bitmap.GetPixel(x, y), colour) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>The mean row of the curve's pixels in the leftmost and the rightmost 5% of its horizontal extent.</summary>
    private static (double Left, double Right) EndHeights(SKBitmap bitmap, SKColor colour)
    {
        var points = new List<(int X, int Y)>();
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                if (Near(bitmap.GetPixel(x, y), colour))
                {
                    points.Add((x, y));
                }
            }
        }

        Assert.True(points.Count > 100, "the curve is not drawn");
        int minX = points.Min(p => p.X);
        int maxX = points.Max(p => p.X);
        int band = Math.Max(1, (maxX - minX) / 20);
        return (points.Where(p => p.X <= minX + band).Average(p => p.Y), points.Where(p => p.X >= maxX - band).Average(p => p.Y));
    }

    /// <summary>
    /// Whether the middle third of the rows above the data area's top border (the first row that is dark across that
    /// third) has dark pixels: the title. Without a font the border moves up and nothing is above it.
    /// </summary>
    private static bool HasDarkPixelsInTitleBand(SKBitmap bitmap)
    {
        int from = bitmap.Width / 3;
        int to = 2 * bitmap.Width / 3;
        bool seen = false;
        for (int y = 0; y < bitmap.Height / 4; y++)
        {
            int dark = 0;
            for (int x = from; x < to; x++)
            {
                SKColor pixel = bitmap.GetPixel(x, y);
                dark += pixel.Red < 96 && pixel.Green < 96 && pixel.Blue < 96 ? 1 : 0;
            }

            if (dark > (to - from) * 9 / 10)
            {
                return seen;
            }

            seen |= dark > 0;
        }

        return false;
    }
}
