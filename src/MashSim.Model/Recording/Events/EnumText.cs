using System.Runtime.CompilerServices;

namespace MashSim.Model.Recording.Events;

/// <summary>An enum value's name as <see cref="Enum.ToString()"/> gives it, from a table made once, so naming a value on every activity boxes nothing.</summary>
internal static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.Of(value);

    private static class Names<T> where T : struct, Enum
    {
        // Indexed by value for the small non-negative int enums the model uses; anything else falls back to ToString.
        private static readonly string[] ByValue = Build();

        public static string Of(T value)
        {
            if (Unsafe.SizeOf<T>() != sizeof(int)) return value.ToString();
            int index = Unsafe.As<T, int>(ref value);
            return (uint)index < (uint)ByValue.Length && ByValue[index] is { } name ? name : value.ToString();
        }

        private static string[] Build()
        {
            if (Enum.GetUnderlyingType(typeof(T)) != typeof(int)) return [];
            var values = Enum.GetValues<T>().Where(v => Unsafe.As<T, int>(ref v) is >= 0 and < 256).ToArray();
            var names = new string[values.Length == 0 ? 0 : values.Max(v => Unsafe.As<T, int>(ref v)) + 1];
            foreach (var v in values)
            {
                var copy = v;
                names[Unsafe.As<T, int>(ref copy)] ??= v.ToString();
            }
            return names;
        }
    }
}
