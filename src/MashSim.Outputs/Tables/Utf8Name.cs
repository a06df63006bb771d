namespace MashSim.Outputs.Tables;

/// <summary>Each value's name, as <see cref="Enum.ToString()"/> gives it, in UTF-8, made once per enum type: for the logs written row by row during a run.</summary>
internal static class Utf8Name<T> where T : struct, Enum
{
    private static readonly Dictionary<T, byte[]> Names = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => System.Text.Encoding.UTF8.GetBytes(v.ToString()));

    public static ReadOnlySpan<byte> Of(T value) => Names.TryGetValue(value, out var name) ? name : System.Text.Encoding.UTF8.GetBytes(value.ToString());
}
