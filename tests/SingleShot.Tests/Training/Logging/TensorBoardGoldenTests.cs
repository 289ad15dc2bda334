using System.Text.Json;
using SingleShot.Data.Formats;
using SingleShot.Training.Logging;

namespace SingleShot.Tests.Training.Logging;

/// <summary>
/// Golden/Training/Logging/python_events.tfevents was written by tools/goldens/logging_make_events.py with the Python
/// protobuf runtime (from its own .proto with TensorFlow's field numbers) and a bitwise CRC-32C; python_events.json
/// lists what it holds.
/// </summary>
public sealed class TensorBoardGoldenTests
{
    [Fact]
    public void Reader_decodes_exactly_what_python_wrote()
    {
        IReadOnlyList<TensorBoardEvent> events = TensorBoardEventFile.Read(LoggingTestFolder.Golden("python_events.tfevents"));
        JsonElement[] expected = ExpectedEvents();

        Assert.Equal(expected.Length, events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("wall_time").GetDouble(), events[i].WallTime);
            Assert.Equal(expected[i].GetProperty("step").GetInt64(), events[i].Step);
            Assert.Equal(expected[i].GetProperty("file_version").GetString(), events[i].FileVersion);
            Assert.Equal(
                expected[i].GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("tag").GetString(), v.GetProperty("bits").GetUInt32())),
                events[i].Scalars.Select(s => ((string?)s.Tag, BitConverter.SingleToUInt32Bits(s.Value))));
        }

        Assert.Equal("brain.Event:2", events[0].FileVersion);
        Assert.Equal(1L << 40, events[5].Step);
        Assert.Equal(float.PositiveInfinity, events[6].Scalars[0].Value);
    }

    [Fact]
    public void Writer_reproduces_the_python_file_byte_for_byte()
    {
        using var folder = new LoggingTestFolder();
        string path;
        using (var writer = new TensorBoardWriter(folder.Root, FixedTimeProvider.AtGoldenStart()))
        {
            foreach (JsonElement e in ExpectedEvents().Skip(1))
            {
                KeyValuePair<string, double>[] values = e.GetProperty("values").EnumerateArray()
                    .Select(v => new KeyValuePair<string, double>(v.GetProperty("tag").GetString()!, BitConverter.UInt32BitsToSingle(v.GetProperty("bits").GetUInt32())))
                    .ToArray();
                writer.AddScalars(values, e.GetProperty("step").GetInt64(), e.GetProperty("wall_time").GetDouble());
            }

            path = writer.FilePath;
        }

        Assert.Equal(File.ReadAllBytes(LoggingTestFolder.Golden("python_events.tfevents")), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_damaged_record_is_reported_with_file_and_index()
    {
        using var folder = new LoggingTestFolder();
        byte[] bytes = File.ReadAllBytes(LoggingTestFolder.Golden("python_events.tfevents"));
        long firstLength = BitConverter.ToInt64(bytes, 0);
        long secondLength = BitConverter.ToInt64(bytes, (int)(16 + firstLength));
        int thirdData = (int)(16 + firstLength + 16 + secondLength + 12);
        bytes[thirdData + 3] ^= 0x01;
        string path = folder.PathOf("damaged.tfevents");
        File.WriteAllBytes(path, bytes);

        DataFormatException error = Assert.Throws<DataFormatException>(() => TensorBoardEventFile.Read(path));
        Assert.StartsWith($"{path}: record 2: data checksum mismatch", error.Message, StringComparison.Ordinal);
    }

    private static JsonElement[] ExpectedEvents()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(LoggingTestFolder.Golden("python_events.json")));
        return document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
