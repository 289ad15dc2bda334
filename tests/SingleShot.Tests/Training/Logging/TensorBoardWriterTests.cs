using System.Net;
using SingleShot.Data.Formats;
using SingleShot.Training.Logging;

namespace SingleShot.Tests.Training.Logging;

public sealed class TensorBoardWriterTests
{
    [Fact]
    public void The_file_is_named_as_TensorFlow_names_it_in_a_folder_created_on_demand()
    {
        using var folder = new LoggingTestFolder();
        string directory = folder.PathOf("model", "train");
        using var writer = new TensorBoardWriter(directory, FixedTimeProvider.AtGoldenStart());

        // TensorFlow's EventsWriter: "<prefix>.out.tfevents.<%010lld seconds>.<hostname>".
        Assert.Equal(Path.Combine(directory, "events.out.tfevents.1700000000." + Dns.GetHostName()), writer.FilePath);
        Assert.True(File.Exists(writer.FilePath));
    }

    [Fact]
    public void A_second_writer_in_the_same_second_gets_its_own_file()
    {
        using var folder = new LoggingTestFolder();
        var clock = FixedTimeProvider.AtGoldenStart();
        using var first = new TensorBoardWriter(folder.Root, clock);
        first.AddScalar("loss/total", 1.0, step: 5);
        using var second = new TensorBoardWriter(folder.Root, clock);

        Assert.Equal(first.FilePath + ".1", second.FilePath);
        Assert.Equal(2, TensorBoardEventFile.Read(first.FilePath).Count);
        Assert.Single(TensorBoardEventFile.Read(second.FilePath));
    }

    [Fact]
    public void Written_events_read_back_while_the_writer_is_still_open()
    {
        using var folder = new LoggingTestFolder();
        var clock = FixedTimeProvider.AtGoldenStart();
        using var writer = new TensorBoardWriter(folder.Root, clock);
        writer.AddScalar("loss/total", 0.1, step: 1, wallTime: 1700000001.5);
        clock.Now = clock.Now.AddSeconds(2.5);
        writer.AddScalars(
            [new("loss/localization", 1.25), new("learning_rate", 4e-3), new("loss/nan", double.NaN)],
            step: 20);

        // No Flush or Dispose: every add reaches the file by itself.
        IReadOnlyList<TensorBoardEvent> events = TensorBoardEventFile.Read(writer.FilePath);

        Assert.Equal(3, events.Count);
        Assert.Equal(3, writer.EventCount);
        Assert.Equal((1700000000.25, 0L, "brain.Event:2"), (events[0].WallTime, events[0].Step, events[0].FileVersion));
        Assert.Empty(events[0].Scalars);

        Assert.Equal((1700000001.5, 1L, (string?)null), (events[1].WallTime, events[1].Step, events[1].FileVersion));
        Assert.Equal([new TensorBoardScalar("loss/total", 0.1f)], events[1].Scalars);

        // The default wall time is the clock's: 1700000000.25 + 2.5 s.
        Assert.Equal((1700000002.75, 20L), (events[2].WallTime, events[2].Step));
        Assert.Equal(["loss/localization", "learning_rate", "loss/nan"], events[2].Scalars.Select(s => s.Tag));
        Assert.Equal(1.25f, events[2].Scalars[0].Value);
        Assert.Equal(4e-3f, events[2].Scalars[1].Value);
        Assert.True(float.IsNaN(events[2].Scalars[2].Value));
    }

    [Fact]
    public void An_empty_tag_or_a_disposed_writer_is_refused()
    {
        using var folder = new LoggingTestFolder();
        var writer = new TensorBoardWriter(folder.Root, FixedTimeProvider.AtGoldenStart());
        ArgumentException error = Assert.Throws<ArgumentException>(() => writer.AddScalar("", 1.0, step: 3));
        Assert.Contains(writer.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("step 3", error.Message, StringComparison.Ordinal);

        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.AddScalar("loss/total", 1.0, step: 4));
        Assert.Single(TensorBoardEventFile.Read(writer.FilePath));
    }

    [Fact]
    public void A_record_that_is_not_an_event_is_reported_with_file_and_index()
    {
        using var folder = new LoggingTestFolder();
        string path = folder.PathOf("events.out.tfevents.1.bad");
        using (TfRecordWriter records = TfRecordWriter.Create(path))
        {
            records.Write([0x09, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F]);
            records.Write([0x0A, 0xFF]);
        }

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => TensorBoardEventFile.Read(path));
        Assert.StartsWith($"{path}: record 1: not a TensorBoard Event", error.Message, StringComparison.Ordinal);
    }
}
