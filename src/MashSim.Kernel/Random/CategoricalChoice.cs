namespace MashSim.Kernel.Random;

/// <summary>Picks one of several outcomes with given probabilities, from its own stream (a decision, a source, a RAG rating).</summary>
/// <remarks>Inverse-CDF over a short cumulative table: one uniform draw per choice, so common random numbers pair well across scenarios.</remarks>
public sealed class CategoricalChoice<T>
{
    private readonly T[] _outcomes;
    private readonly double[] _cumulative;
    private readonly System.Random _stream;

    public CategoricalChoice(IEnumerable<KeyValuePair<T, double>> weights, System.Random stream)
    {
        var pairs = weights.Where(p => p.Value > 0).ToArray();
        if (pairs.Length == 0) throw new ArgumentException("At least one outcome needs a positive weight.", nameof(weights));
        double total = pairs.Sum(p => p.Value);
        _outcomes = pairs.Select(p => p.Key).ToArray();
        _cumulative = new double[pairs.Length];
        double running = 0;
        for (int i = 0; i < pairs.Length; i++)
        {
            running += pairs[i].Value / total;
            _cumulative[i] = running;
        }
        _cumulative[^1] = 1.0;
        _stream = stream;
    }

    public T Next()
    {
        double u = _stream.NextDouble();
        for (int i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i]) return _outcomes[i];
        }
        return _outcomes[^1];
    }
}
