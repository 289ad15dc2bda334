using SingleShot.Training.Logging;

namespace SingleShot.Tests.Training.Logging;

public sealed class MetricsCsvTests
{
    [Fact]
    public void A_row_cut_short_at_the_end_is_ignored_and_crlf_is_accepted()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf("metrics.csv");
        File.WriteAllText(path, "step,wall_time,loss/total,learning_rate\r\n1,10,0.5,\r\n\r\n2,,0.25,0.01\r\n3,12,0.1");

        MetricsTable table = MetricsCsv.Read(path);

        Assert.Equal(["loss/total", "learning_rate"], table.Columns);
        Assert.Equal([1L, 2L], table.Rows.Select(r => r.Step));
        Assert.Equal([10.0, null], table.Rows.Select(r => r.WallTime));
        MetricSeries rate = table.Series("learning_rate");
        Assert.Equal([2L], rate.Steps);
        Assert.Equal([0.01], rate.Values);
    }

    [Theory]
    [InlineData("wall_time,step,a\n", 1, "the header must start with 'step,wall_time'")]
    [InlineData("step,wall_time,a,a\n", 1, "repeated column name 'a'")]
    [InlineData("step,wall_time,a\n1,2,3\n4,5\n", 3, "the row has 2 fields but the header has 3")]
    [InlineData("step,wall_time,a\n1.5,2,3\n", 2, "column 'step': '1.5' is not an integer")]
    [InlineData("step,wall_time,a\n1,2,3,5\n", 2, "the row has 4 fields")]
    [InlineData("step,wall_time,a\n1,noon,3\n", 2, "column 'wall_time': 'noon' is not a number")]
    [InlineData("", 1, "no header")]
    public void Malformed_files_are_reported_with_file_line_and_column(string text, int line, string message)
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf("metrics.csv");
        File.WriteAllText(path, text);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => MetricsCsv.Read(path));

        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_an_unknown_series_names_the_columns()
    {
        var table = new MetricsTable(["a", "b"], [new MetricsRow(1, null, [1.0, null])]);
        Assert.Equal(1, table.IndexOf("b"));
        Assert.False(table.HasColumn("c"));
        Assert.Contains("columns: a, b", Assert.Throws<KeyNotFoundException>(() => table.Series("c")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MetricsTable(["a"], [new MetricsRow(1, null, [1.0, 2.0])]));
    }
}
