using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Experiments.Tests.Scenarios;

/// <summary>What cannot fit in memory is found from the scenario alone; the shipped scenarios fit easily.</summary>
public class RunSizeEstimateTests
{
    private const long EightGigabytes = 8L << 30;

    [Fact]
    public void Every_shipped_scenario_fits_in_a_small_machine_and_is_quick()
    {
        foreach (var file in Directory.GetFiles(Repository.File("scenarios"), "*.yaml", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file).StartsWith("england-scale", StringComparison.Ordinal)) continue;
            var loaded = ScenarioLoader.Load(file);
            var estimate = RunSizeEstimate.Of(loaded.Scenario, loaded.File.Run.Replications, threads: 2);
            Assert.Null(estimate.WhyItCannotFit(EightGigabytes));
            Assert.True(estimate.Bytes < 1L << 30, $"{file}: {RunSizeEstimate.Size(estimate.Bytes)}");
        }
    }

    [Theory]
    [InlineData("pathway.team.socialWorkers=2000000000", 20, "pathway workers")]
    [InlineData("demand.contactsPerYear=1e9", 20, "contacts")]
    [InlineData("run.seed=1", 100_000_000, "replications")]
    public void Sizes_no_machine_holds_are_refused_naming_the_part_that_is_too_big(string set, int replications, string part)
    {
        var scenario = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll([set])).Scenario;
        string? why = RunSizeEstimate.Of(scenario, replications, threads: 2).WhyItCannotFit(EightGigabytes);
        Assert.NotNull(why);
        Assert.Contains(part, why);
        Assert.Contains("TB", why);
    }

    /// <summary>Each of these grew past 10 GB (one filled the machine's 24 GB) instead of being refused: the estimate counted neither the looked-after stock nor the hubs.</summary>
    [Theory]
    [InlineData("pathway.initialStock.lookedAfter=2147483647", "children in the initial stock")]
    [InlineData("domesticAbuse.notificationsPerYear=1e9", "domestic abuse notifications, missing episodes and exploitation referrals")]
    [InlineData("metHub.missingChildren.childrenPerYear=1e308", "domestic abuse notifications, missing episodes and exploitation referrals")]
    [InlineData("metHub.exploitation.referralsPerYear=1e308", "domestic abuse notifications, missing episodes and exploitation referrals")]
    [InlineData("earlyHelpHub.workers=2000000000", "pathway workers")]
    [InlineData("metHub.workers=2000000000", "MASH staff")]
    public void The_looked_after_stock_and_the_hubs_count_too(string set, string part)
    {
        var scenario = ScenarioLoader.Load(Repository.File("scenarios/cambridgeshire-2019-01-front-door-work.yaml"), ScenarioEdit.ParseAll([set])).Scenario;
        string? why = RunSizeEstimate.Of(scenario, replications: 2, threads: 1).WhyItCannotFit(EightGigabytes);
        Assert.NotNull(why);
        Assert.Contains(part, why);
        // Counts past a quadrillion are written as powers of ten, not 309 digits.
        Assert.True(why.Length < 600, why);
    }

    [Fact]
    public void The_event_log_is_counted_in_the_room_a_run_needs_on_disk()
    {
        // An England-sized year writes about 2.9 GB of events.csv for each replication it logs; that was not counted.
        var england = ScenarioLoader.Load(Repository.File("scenarios/england-scale.yaml")).Scenario;
        long none = RunSizeEstimate.Of(england, 2, 2, writesContactLog: true, loggedReplications: 0).OutputBytes;
        long first = RunSizeEstimate.Of(england, 2, 2, writesContactLog: true, loggedReplications: 1).OutputBytes;
        long all = RunSizeEstimate.Of(england, 2, 2, writesContactLog: true, loggedReplications: 2).OutputBytes;
        Assert.InRange(first - none, 2.5e9, 3.5e9);
        Assert.InRange(all - none, 2 * (first - none) - 2, 2 * (first - none) + 2);
    }

    [Fact]
    public void Memory_and_time_grow_with_replications_demand_and_staff()
    {
        var small = ScenarioLoader.LoadDefault().Scenario;
        var busy = small with { Demand = small.Demand with { ContactsPerYear = small.Demand.ContactsPerYear * 10 } };
        var staffed = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["pathway.team.socialWorkers=11000"])).Scenario;
        var baseline = RunSizeEstimate.Of(small, 20, 2);
        Assert.True(RunSizeEstimate.Of(small, 200, 2).Bytes > baseline.Bytes);
        Assert.True(RunSizeEstimate.Of(busy, 20, 2).Bytes > baseline.Bytes);
        Assert.True(RunSizeEstimate.Of(staffed, 20, 2).Bytes > baseline.Bytes);
        Assert.InRange(RunSizeEstimate.Of(busy, 20, 2).Contacts / baseline.Contacts, 9.999, 10.001);
        Assert.Null(baseline.WhyItIsSlow());
        Assert.Contains("may take", RunSizeEstimate.Of(busy, 2000, 2).WhyItIsSlow());
    }
}
