namespace MashSim.Tests.Shared;

/// <summary>A folder under the system temp folder for one test's files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mashsim-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>A path inside the folder (not created).</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file inside the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        string file = Sub(name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
