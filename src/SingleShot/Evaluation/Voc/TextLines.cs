namespace SingleShot.Evaluation.Voc;

/// <summary>Turns byte offsets into 1-based line numbers, for offsets met in increasing order (a reader's tokens).</summary>
internal sealed class TextLines
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private int _counted;
    private int _line = 1;

    /// <summary>Lines of <paramref name="bytes"/> from <paramref name="start"/> (after a byte-order mark).</summary>
    public TextLines(byte[] bytes, int start)
    {
        _bytes = bytes;
        _start = start;
    }

    /// <summary>The line holding <paramref name="offset"/> (relative to the start); earlier offsets than the last give the last line.</summary>
    public int LineAt(long offset)
    {
        long end = Math.Min(_start + offset, _bytes.Length);
        for (; _start + _counted < end; _counted++)
        {
            if (_bytes[_start + _counted] == (byte)'\n')
            {
                _line++;
            }
        }

        return _line;
    }
}
