namespace MashSim.Experiments.Validation;

/// <summary>Queueing theory for the M/M/c queue (Erlang C), the yardstick the engine is tested against.</summary>
public static class ErlangC
{
    /// <summary>The probability that an arrival has to wait, for <paramref name="servers"/> servers and offered load a = lambda/mu (erlangs).</summary>
    public static double ProbabilityOfWaiting(int servers, double offeredLoad)
    {
        if (servers < 1) throw new ArgumentOutOfRangeException(nameof(servers));
        if (!(offeredLoad >= 0 && offeredLoad < servers)) throw new ArgumentOutOfRangeException(nameof(offeredLoad), "The queue is unstable unless a < c.");
        // Work with a^k/k! term by term so large c does not overflow factorials.
        double term = 1, sum = 0;
        for (int k = 0; k < servers; k++)
        {
            sum += term;
            term *= offeredLoad / (k + 1);
        }
        double top = term * servers / (servers - offeredLoad);
        return top / (sum + top);
    }

    /// <summary>Mean wait in queue (Wq) in the time unit of the rates.</summary>
    public static double MeanWaitInQueue(int servers, double arrivalRate, double serviceRate) =>
        ProbabilityOfWaiting(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);

    /// <summary>Server utilisation rho = lambda / (c mu).</summary>
    public static double Utilisation(int servers, double arrivalRate, double serviceRate) => arrivalRate / (servers * serviceRate);
}
