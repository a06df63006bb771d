using System.Collections.Concurrent;
using System.Reflection;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The chance of each value of <typeparamref name="TKey"/>: one share per member of the enum, summing to 1.</summary>
/// <remarks>
/// A mix declares one property per enum member, named as the member (so the scenario file writes <c>red: 0.08</c>);
/// the pairing with the enum, the order of the shares and their check are here, once, instead of in every mix.
/// </remarks>
public abstract record ShareMix<TKey> : IValidatable where TKey : struct, Enum
{
    private static readonly ConcurrentDictionary<Type, (TKey Key, PropertyInfo Property)[]> Members = new();

    /// <summary>Each member of the enum with its share, in the enum's order (the order random choices are made in).</summary>
    public IEnumerable<KeyValuePair<TKey, double>> Shares() =>
        MembersOf(GetType()).Select(m => new KeyValuePair<TKey, double>(m.Key, (double)m.Property.GetValue(this)!));

    public virtual IEnumerable<ValidationProblem> Validate() =>
        Parameters.Shares.Check(Shares().Select(s => (Parameters.Shares.CamelCase(s.Key.ToString()), s.Value)));

    private static (TKey Key, PropertyInfo Property)[] MembersOf(Type mix) => Members.GetOrAdd(mix, type =>
        Enum.GetValues<TKey>().Select(key => (key, type.GetProperty(key.ToString(), typeof(double))
            ?? throw new InvalidOperationException($"{type.Name} has no share for {typeof(TKey).Name}.{key}."))).ToArray());
}
