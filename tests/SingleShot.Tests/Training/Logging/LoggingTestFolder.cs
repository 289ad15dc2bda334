namespace SingleShot.Tests.Training.Logging;

/// <summary>A temporary folder for one test, deleted afterwards, and the golden files of this folder's tests.</summary>
internal sealed class LoggingTestFolder : IDisposable
{
    public LoggingTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "singleshot-logging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", "Training", "Logging", name);

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
