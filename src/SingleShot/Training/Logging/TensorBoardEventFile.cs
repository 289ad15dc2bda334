using Google.Protobuf;
using SingleShot.Data.Formats;
using SingleShot.Training.Logging.EventProtos;

namespace SingleShot.Training.Logging;

/// <summary>
/// Reads TensorBoard events files (ours or TensorFlow's): TFRecord framing with both checksums verified, each record
/// an <c>Event</c>. Not responsible for summaries other than scalars written as <c>simple_value</c>.
/// </summary>
public static class TensorBoardEventFile
{
    /// <summary>Reads every event of the file at <paramref name="path"/> in order.</summary>
    /// <param name="path">An events file, e.g. <c>events.out.tfevents.1700000000.host</c>.</param>
    /// <returns>The events, the file-version event first.</returns>
    /// <exception cref="DataFormatException">The framing is truncated or a checksum does not match; names the file and record.</exception>
    /// <exception cref="InvalidDataException">A record is not an <c>Event</c> message; names the file and record.</exception>
    public static IReadOnlyList<TensorBoardEvent> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var events = new List<TensorBoardEvent>();
        using TfRecordReader reader = TfRecordReader.Open(path);
        while (true)
        {
            long index = reader.RecordIndex;
            if (!reader.TryReadNext(out ReadOnlyMemory<byte> record))
            {
                return events;
            }

            events.Add(Parse(record.Span, path, index));
        }
    }

    /// <summary>Decodes one serialized <c>Event</c>.</summary>
    /// <param name="record">The record's bytes.</param>
    /// <param name="path">The file name used in errors.</param>
    /// <param name="index">The 0-based record index used in errors.</param>
    internal static TensorBoardEvent Parse(ReadOnlySpan<byte> record, string path, long index)
    {
        Event e;
        try
        {
            e = Event.Parser.ParseFrom(record);
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new InvalidDataException($"{path}: record {index}: not a TensorBoard Event message ({error.Message}).", error);
        }

        var scalars = new List<TensorBoardScalar>();
        if (e.WhatCase == Event.WhatOneofCase.Summary)
        {
            foreach (Summary.Types.Value value in e.Summary.Value)
            {
                if (value.ValueCase == Summary.Types.Value.ValueOneofCase.SimpleValue)
                {
                    scalars.Add(new TensorBoardScalar(value.Tag, value.SimpleValue));
                }
            }
        }

        string? fileVersion = e.WhatCase == Event.WhatOneofCase.FileVersion ? e.FileVersion : null;
        return new TensorBoardEvent(e.WallTime, e.Step, fileVersion, scalars);
    }
}
