using System.Net;
using MashSim.Web.Jobs;
using MashSim.Web.Tests.Support;

namespace MashSim.Web.Tests;

/// <summary>Runs under load and misuse: one per session, a bounded queue with positions, cancel, and abandoned runs stopped.</summary>
public class JobTests
{
    /// <summary>A run long enough to still be going while a test looks at it: the shipped scenario's three years, 100 replications (the page's most).</summary>
    /// <remarks>Its 20 replications took about 4 s: on two cores busy with them, the test's requests before its cancel sometimes
    /// took longer, and the run was done before it was stopped. The tests stop it, so its length costs nothing.</remarks>
    private static readonly object Long = new { scenario = "cumbria-2017-11", set = Array.Empty<string>(), replications = 100 };

    [Fact]
    public async Task A_session_has_one_run_at_a_time_others_queue_with_their_position_and_a_full_queue_says_busy()
    {
        await using var app = await RunningApp.Start(o => o with { ConcurrentRuns = 1, MaxWaiting = 1, AbandonAfter = TimeSpan.FromMinutes(10) });
        using var first = app.NewSession();
        using var second = app.NewSession();
        using var third = app.NewSession();

        var (s1, run1) = await Api.Post(first, "/api/runs", Long);
        Assert.Equal(HttpStatusCode.Accepted, s1);
        var (again, busy) = await Api.Post(first, "/api/runs", Long);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("already has a run", Assert.Single(Api.Errors(busy)));

        var (s2, run2) = await Api.Post(second, "/api/runs", Long);
        Assert.Equal(HttpStatusCode.Accepted, s2);
        Assert.Equal("waiting", run2.GetProperty("state").GetString());
        Assert.Equal(1, run2.GetProperty("position").GetInt32());

        var (s3, full) = await Api.Post(third, "/api/runs", Long);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, s3);
        Assert.Contains("busy", Assert.Single(Api.Errors(full)));

        // Only the page that started a run may stop it; stopping the first lets the second start.
        string id1 = run1.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await second.PostAsync($"/api/runs/{id1}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync($"/api/runs/{id1}/cancel", null)).StatusCode);
        var ended = await Api.WaitForEnd(first, id1, TimeSpan.FromMinutes(1));
        Assert.Equal("cancelled", ended.GetProperty("state").GetString());
        string id2 = run2.GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string state = "";
        while (DateTime.UtcNow < deadline && (state = (await Api.Get(second, $"/api/runs/{id2}")).Body.GetProperty("state").GetString()!) == "waiting") await Task.Delay(100);
        Assert.Equal("running", state);
        await second.PostAsync($"/api/runs/{id2}/cancel", null);
        await Api.WaitForEnd(second, id2, TimeSpan.FromMinutes(1));

        // A cancelled run writes nothing.
        Assert.Empty(Directory.Exists(app.ResultsRoot) ? Directory.GetFileSystemEntries(app.ResultsRoot) : []);
    }

    [Fact]
    public async Task A_run_whose_page_stops_asking_after_it_is_stopped()
    {
        await using var app = await RunningApp.Start(o => o with { AbandonAfter = TimeSpan.FromSeconds(1) });
        using var client = app.NewSession();
        var (_, run) = await Api.Post(client, "/api/runs", Long);
        string id = run.GetProperty("id").GetString()!;
        await Task.Delay(TimeSpan.FromSeconds(4));
        var (_, status) = await Api.Get(client, $"/api/runs/{id}");
        var state = status.GetProperty("state").GetString();
        if (state == "running") status = await Api.WaitForEnd(client, id, TimeSpan.FromMinutes(1));
        Assert.Equal("cancelled", status.GetProperty("state").GetString());
        Assert.Contains("went away", status.GetProperty("error").GetString());
    }

    /// <summary>A cancel that came while a run's results were written said it had stopped the run, which then ended done with the
    /// cancel as its error. It is answered too late now and the run finishes cleanly; a cancel before that point stops it.</summary>
    [Fact]
    public async Task A_cancel_once_the_results_are_being_written_is_too_late_and_the_run_ends_done_with_no_error()
    {
        using var writing = new ManualResetEventSlim();
        using var written = new ManualResetEventSlim();
        using var queue = new JobQueue(new ServeOptions { AbandonAfter = TimeSpan.FromMinutes(10) }, Microsoft.Extensions.Logging.Abstractions.NullLogger<JobQueue>.Instance, job =>
        {
            job.BeginWriting(); // as RunPipeline does once the replications are done
            writing.Set();
            written.Wait(TimeSpan.FromMinutes(1));
        });
        var late = NewJob("a");
        Assert.Equal(JobQueue.Admission.Accepted, queue.Submit(late));
        Assert.True(writing.Wait(TimeSpan.FromMinutes(1)));
        Assert.Equal(JobQueue.Stop.TooLate, queue.Cancel(late, "cancelled from the page"));
        written.Set();
        await Ended(late);
        Assert.Equal(JobState.Done, late.State);
        Assert.Null(late.Error);

        // Stopped before it begins writing, a run ends cancelled and never writes.
        var early = NewJob("b");
        Assert.True(early.TryCancel("cancelled from the page"));
        Assert.Throws<OperationCanceledException>(early.BeginWriting);
        Assert.Equal(JobQueue.Stop.Ended, queue.Cancel(late, "again"));
    }

    private static Job NewJob(string session) =>
        new(session, Experiments.Scenarios.ScenarioLoader.LoadDefault([]), "./run.sh run", null)
        {
            Request = new Scenarios.RunRequest(Scenarios.ScenarioCatalogue.BuiltInId),
            Choice = new Scenarios.ScenarioCatalogue.Choice(Scenarios.ScenarioCatalogue.BuiltInId, null, false),
        };

    private static async Task Ended(Job job)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); !job.Ended && DateTime.UtcNow < deadline;) await Task.Delay(20);
        Assert.True(job.Ended);
    }

    [Fact]
    public async Task Progress_streams_as_server_sent_events_until_the_run_ends()
    {
        await using var app = await RunningApp.Start();
        using var client = app.NewSession();
        var (_, run) = await Api.Post(client, "/api/runs", new { scenario = "built-in", set = Array.Empty<string>(), replications = 2, seed = 3, horizonDays = 20, warmupDays = 5 });
        string id = run.GetProperty("id").GetString()!;
        using var response = await client.GetAsync($"/api/runs/{id}/progress", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: {", e));
        Assert.Contains("\"state\":\"done\"", events[^1]);
    }
}
