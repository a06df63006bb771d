namespace MashSim.Tests.Shared;

/// <summary>Damages a file MashSim wrote the way a hand or a broken tool would, for tests that it is refused.</summary>
internal static class FileDamage
{
    /// <summary>Replaces <paramref name="find"/> (which must be there, so the damage is real) with <paramref name="replace"/> in the file.</summary>
    public static void Replace(string path, string find, string replace)
    {
        string text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }
}
