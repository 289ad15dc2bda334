namespace SingleShot.Checkpoints;

/// <summary>A safetensors file that does not follow the format; the message names the file and, when it applies, the tensor.</summary>
public sealed class SafeTensorsFormatException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/> and, when the problem is one tensor's, <paramref name="tensorName"/>.</summary>
    public SafeTensorsFormatException(string path, string? tensorName, string message)
        : base(tensorName is null ? $"{path}: {message}" : $"{path}: tensor '{tensorName}': {message}")
    {
        Path = path;
        TensorName = tensorName;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The tensor the problem concerns, or null when it concerns the file as a whole.</summary>
    public string? TensorName { get; }
}
