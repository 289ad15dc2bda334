using System.Globalization;
using SingleShot.Training.Logging;

namespace SingleShot.Tests.Training.Logging;

public sealed class MetricsCsvWriterTests
{
    private static readonly string[] s_columns = [MetricsColumns.TotalLoss, MetricsColumns.LocalizationLoss, MetricsColumns.LearningRate];

    [Fact]
    public void Rows_are_invariant_round_trip_text_whatever_the_culture()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            using var writer = new MetricsCsvWriter(path, s_columns, timeProvider: FixedTimeProvider.AtGoldenStart());
            writer.WriteRow(0, Values((MetricsColumns.TotalLoss, 0.1), (MetricsColumns.LearningRate, 1e-8)));
            writer.WriteRow(10, Values((MetricsColumns.TotalLoss, 1.0 / 3.0), (MetricsColumns.LocalizationLoss, double.NaN), (MetricsColumns.LearningRate, -1e300)), wallTime: 1700000123.5);
            writer.WriteRow(20, Values((MetricsColumns.LocalizationLoss, double.NegativeInfinity)), wallTime: 1700000124);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        // Expected text by hand: shortest round-trip forms, empty cells for values not given.
        Assert.Equal(
            "step,wall_time,loss/total,loss/localization,learning_rate\n" +
            "0,1700000000.25,0.1,,1E-08\n" +
            "10,1700000123.5,0.3333333333333333,NaN,-1E+300\n" +
            "20,1700000124,,-Infinity,\n",
            File.ReadAllText(path));

        MetricsTable table = MetricsCsv.Read(path);
        Assert.Equal(s_columns, table.Columns);
        Assert.Equal([0L, 10L, 20L], table.Rows.Select(r => r.Step));
        Assert.Equal([1700000000.25, 1700000123.5, 1700000124.0], table.Rows.Select(r => r.WallTime!.Value));
        Assert.Equal([0.1, 1.0 / 3.0, null], table.Rows.Select(r => r.Values[0]));
        Assert.True(double.IsNaN(table.Rows[1].Values[1]!.Value));
        Assert.Equal(double.NegativeInfinity, table.Rows[2].Values[1]);
        Assert.Equal([1e-8, -1e300], table.Series(MetricsColumns.LearningRate).Values);
    }

    [Fact]
    public void Every_row_is_in_the_file_before_the_writer_is_closed()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf("logs", MetricsColumns.MetricsFileName);
        using var writer = new MetricsCsvWriter(path, s_columns);
        writer.WriteRow(1, Values((MetricsColumns.TotalLoss, 2.0)));
        writer.WriteRow(2, Values((MetricsColumns.TotalLoss, 1.5)));

        Assert.Equal([2.0, 1.5], MetricsCsv.Read(path).Series(MetricsColumns.TotalLoss).Values);
        Assert.Equal(2L, writer.LastStep);
    }

    [Fact]
    public void Resuming_drops_the_rows_after_the_checkpoint_step_and_appends()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        WriteLosses(path, null, (100, 4.0), (200, 3.0), (300, 2.0), (400, 1.0));

        using (var writer = new MetricsCsvWriter(path, s_columns, resumeAfterStep: 250))
        {
            Assert.Equal(200L, writer.LastStep);
            Assert.Equal([100L, 200L], MetricsCsv.Read(path).Rows.Select(r => r.Step));
            writer.WriteRow(300, Values((MetricsColumns.TotalLoss, 2.5)));
        }

        MetricSeries total = MetricsCsv.Read(path).Series(MetricsColumns.TotalLoss);
        Assert.Equal([100L, 200L, 300L], total.Steps);
        Assert.Equal([4.0, 3.0, 2.5], total.Values);
        Assert.Equal([MetricsColumns.MetricsFileName], Directory.GetFiles(folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Resuming_with_other_columns_keeps_every_logged_value()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.EvalMetricsFileName);
        using (var writer = new MetricsCsvWriter(path, ["a", "b"]))
        {
            writer.WriteRow(5, Values(("a", 1.0), ("b", 2.0)), wallTime: 10);
        }

        using (var writer = new MetricsCsvWriter(path, ["b", "c"], resumeAfterStep: 5))
        {
            Assert.Equal(["b", "c", "a"], writer.Columns);
            writer.WriteRow(6, Values(("c", 3.0)), wallTime: 11);
        }

        Assert.Equal("step,wall_time,b,c,a\n5,10,2,,1\n6,11,,3,\n", File.ReadAllText(path));
    }

    [Fact]
    public void Without_a_resume_step_an_existing_file_is_replaced_and_without_a_file_resume_starts_one()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        WriteLosses(path, null, (1, 1.0), (2, 2.0));
        WriteLosses(path, null, (7, 7.0));
        Assert.Equal([7L], MetricsCsv.Read(path).Rows.Select(r => r.Step));

        string fresh = folder.PathOf("fresh.csv");
        WriteLosses(fresh, 1000, (1001, 5.0));
        Assert.Equal([1001L], MetricsCsv.Read(fresh).Rows.Select(r => r.Step));
    }

    [Fact]
    public void Bad_columns_steps_and_values_are_refused_naming_the_file()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        Assert.Contains("'a,b'", Assert.Throws<ArgumentException>(() => new MetricsCsvWriter(path, ["a,b"])).Message, StringComparison.Ordinal);
        Assert.Contains("'step'", Assert.Throws<ArgumentException>(() => new MetricsCsvWriter(path, ["step"])).Message, StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => new MetricsCsvWriter(path, ["x", "x"])).Message, StringComparison.Ordinal);

        using var writer = new MetricsCsvWriter(path, s_columns);
        writer.WriteRow(5, Values((MetricsColumns.TotalLoss, 1.0)));
        ArgumentException repeated = Assert.Throws<ArgumentException>(() => writer.WriteRow(5, Values((MetricsColumns.TotalLoss, 1.0))));
        Assert.StartsWith($"{writer.FilePath}: step 5 is not after the last row's step 5", repeated.Message, StringComparison.Ordinal);
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => writer.WriteRow(6, Values(("loss/totl", 1.0))));
        Assert.Contains($"{writer.FilePath} has no column 'loss/totl'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resuming_from_a_malformed_file_names_the_line_and_leaves_it_alone()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf(MetricsColumns.MetricsFileName);
        const string Text = "step,wall_time,loss/total\n1,10,0.5\n2,11,zero\n";
        File.WriteAllText(path, Text);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => new MetricsCsvWriter(path, s_columns, resumeAfterStep: 1));
        Assert.Equal($"{Path.GetFullPath(path)}:3: column 'loss/total': 'zero' is not a number.", error.Message);
        Assert.Equal(Text, File.ReadAllText(path));
    }

    private static void WriteLosses(string path, long? resumeAfterStep, params (long Step, double Loss)[] rows)
    {
        using var writer = new MetricsCsvWriter(path, s_columns, resumeAfterStep);
        foreach ((long step, double loss) in rows)
        {
            writer.WriteRow(step, Values((MetricsColumns.TotalLoss, loss)));
        }
    }

    private static Dictionary<string, double> Values(params (string Column, double Value)[] values) =>
        values.ToDictionary(v => v.Column, v => v.Value);
}
