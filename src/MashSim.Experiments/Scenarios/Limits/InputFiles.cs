namespace MashSim.Experiments.Scenarios.Limits;

/// <summary>What a file named on the command line holds, found without opening it.</summary>
public static class InputFiles
{
    /// <summary>The length of the file <paramref name="path"/> finally names (through symbolic links); 0 for a device or a pipe.</summary>
    /// <remarks>A device or a pipe has no length and would be read for ever (/dev/zero) or never opened (a pipe with no
    /// writer), so readers take 0 as "nothing to read". A link's own length is its target's name, so it is followed first.</remarks>
    public static long Length(string path)
    {
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return File.Exists(target) ? new FileInfo(target).Length : 0;
    }
}
