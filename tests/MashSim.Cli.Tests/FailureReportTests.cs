using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Model.Recording.Events;

namespace MashSim.Cli.Tests;

/// <summary>A failure inside the parallel replications is reported as what it is, not as an internal error.</summary>
public class FailureReportTests
{
    /// <summary>An event log on a disk that is full: every write fails, as a streamed log's does when the disk fills mid-run.</summary>
    private sealed class FullDisk : IActivityObserver
    {
        public void OnActivity(in ActivityRecord record) => throw new IOException("No space left on device : 'rep-000000.csv'");
    }

    [Fact]
    public void A_disk_that_fills_while_the_replications_stream_their_logs_is_a_failure_to_write()
    {
        var scenario = ScenarioLoader.LoadDefault([ScenarioEdit.Set("run.horizonDays", 30), ScenarioEdit.Set("run.warmupDays", 5)]).Scenario;
        // The replications run in parallel, which wraps what one of them throws.
        var thrown = Assert.Throws<AggregateException>(() =>
            Replications.RunRange(scenario, new ReplicationPlan(4, 1, 2), 0, 4, eventLogOf: r => r == 1 ? new FullDisk() : null));

        var error = new StringWriter();
        int exit = MashSimApp.Report(MashSimApp.Unwrapped(thrown), error);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Equal("mashsim: could not write the results: No space left on device : 'rep-000000.csv'", error.ToString().TrimEnd());
    }

    [Fact]
    public void The_failure_reported_is_the_first_that_is_not_a_replication_stopped_because_of_it()
    {
        var full = new IOException("disk full");
        var nested = new AggregateException(new OperationCanceledException(), new AggregateException(full, new InvalidOperationException("later")));
        Assert.Same(full, MashSimApp.Unwrapped(nested));

        var cancelled = new OperationCanceledException();
        Assert.Same(cancelled, MashSimApp.Unwrapped(new AggregateException(cancelled)));

        var plain = new InvalidDataException("bad row");
        Assert.Same(plain, MashSimApp.Unwrapped(plain));
    }

    [Fact]
    public void What_nothing_explains_is_still_an_internal_error_with_its_stack()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Failure, MashSimApp.Report(MashSimApp.Unwrapped(new AggregateException(new NullReferenceException("bug"))), error));
        Assert.StartsWith("mashsim: internal error, please report it with the command and scenario: System.NullReferenceException: bug", error.ToString());
    }
}
