namespace MashSim.Kernel.Tests;

/// <summary>A stop asked for while a long run is under way is heard inside <see cref="Simulation.RunUntil"/>, not only when it returns.</summary>
public class CancellationTests
{
    /// <summary>An event every minute, for ever, that asks for a stop at its <paramref name="stopAt"/>th firing.</summary>
    private sealed class Ticker(Simulation simulation, CancellationTokenSource stop, long stopAt) : IEventHandler
    {
        public long Fired { get; private set; }

        public void Handle(int tag, object? subject)
        {
            if (++Fired == stopAt) stop.Cancel();
            simulation.Schedule(new SimDuration(1), this);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100_000)]
    [InlineData(Simulation.EventsBetweenCancellationChecks)]
    public void A_run_stops_within_one_check_interval_of_the_request(long stopAt)
    {
        var simulation = new Simulation();
        using var stop = new CancellationTokenSource();
        var ticker = new Ticker(simulation, stop, stopAt);
        simulation.Schedule(SimDuration.Zero, ticker);

        Assert.Throws<OperationCanceledException>(() => simulation.RunUntil(new SimTime(10_000_000), stop.Token));
        Assert.InRange(ticker.Fired, stopAt, stopAt + Simulation.EventsBetweenCancellationChecks);
        // The clock stays where the run stopped: it is not moved on to the end.
        Assert.Equal(ticker.Fired - 1, simulation.Now.Minutes);
    }

    [Fact]
    public void A_token_never_cancelled_changes_nothing()
    {
        var simulation = new Simulation();
        using var stop = new CancellationTokenSource();
        var ticker = new Ticker(simulation, stop, stopAt: -1);
        simulation.Schedule(SimDuration.Zero, ticker);
        simulation.RunUntil(new SimTime(300_000), stop.Token);
        Assert.Equal(300_001, ticker.Fired);
        Assert.Equal(new SimTime(300_000), simulation.Now);
    }
}
