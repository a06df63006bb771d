using MashSim.Model.Parameters;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Work;
using MashSim.Model.Recording;

namespace MashSim.Model.Tests.Pathway;

/// <summary>Caseloads as they are: locality teams, the cap breached up to a ceiling when no one has room, work waiting beyond it, and visits late only under pressure.</summary>
public class CaseloadTests
{
    private static Scenario Team(Func<TeamParameters, TeamParameters> edit, int horizonDays = 700, int warmupDays = 365)
    {
        var scenario = TestScenarios.WithPathway();
        return scenario with
        {
            Run = scenario.Run with { HorizonDays = horizonDays, WarmupDays = warmupDays },
            Pathway = scenario.Pathway! with { Team = edit(scenario.Pathway.Team) },
        };
    }

    [Fact]
    public void The_caseload_index_always_gives_the_least_loaded_worker_as_caseloads_move()
    {
        var index = new CaseloadIndex();
        var workers = Enumerable.Range(0, 5).Select(i => new SocialWorker(i)).ToArray();
        foreach (var w in workers) index.Add(w);
        var random = new System.Random(7);
        for (int step = 0; step < 2000; step++)
        {
            var w = workers[random.Next(workers.Length)];
            int before = w.Caseload;
            if (before > 0 && random.NextDouble() < 0.45) w.Cases.RemoveAt(0);
            else w.Cases.Add(null!);
            index.Moved(w, before);
            Assert.Equal(workers.Min(x => x.Caseload), index.LeastLoaded()!.Caseload);
        }
    }

    [Fact]
    public void Under_a_tight_team_caseloads_spread_above_the_cap_up_to_the_ceiling_and_the_breaches_are_counted()
    {
        var result = TestRun.Of(Team(t => t with { SocialWorkers = 80, Localities = 4, DutyRota = true, CaseloadCap = 25, CaseloadCeiling = 32 }), 0);
        Assert.True(result[Kpi.CaseloadMax] > 25, $"max {result[Kpi.CaseloadMax]}");
        Assert.True(result[Kpi.AllocationsAboveCap] > 0);
        Assert.True(result[Kpi.CaseloadShareOver25] > 0);
        Assert.True(result[Kpi.CaseloadPercentiles[4]] >= result[Kpi.CaseloadPercentiles[0]]);
        // Only red referrals (duty work) and leavers' cases go above the ceiling, and never far.
        Assert.InRange(result[Kpi.CaseloadMax], 26, 40);
    }

    [Fact]
    public void Without_a_ceiling_referrals_wait_unallocated_where_a_ceiling_lets_managers_allocate_above_the_cap()
    {
        TeamParameters Tight(TeamParameters t) => t with { SocialWorkers = 70, Localities = 2, CaseloadCap = 20, AnnualTurnover = 0 };
        var capOnly = TestRun.Of(Team(Tight), 0);
        var ceiling = TestRun.Of(Team(t => Tight(t) with { CaseloadCeiling = 30 }), 0);
        Assert.True(capOnly[Kpi.UnallocatedMean] > 0);
        Assert.True(capOnly[Kpi.DaysToAllocationMean] > 0);
        Assert.True(ceiling[Kpi.UnallocatedMean] < capOnly[Kpi.UnallocatedMean]);
        Assert.True(ceiling[Kpi.AllocationsAboveCap] > capOnly[Kpi.AllocationsAboveCap]);
    }

    [Fact]
    public void Visits_are_late_only_when_the_workload_leaves_no_room()
    {
        TeamParameters Windows(TeamParameters t) => t with { ChildProtectionVisitWindowWorkingDays = 3, ChildInNeedVisitWindowWorkingDays = 5 };
        var ample = TestRun.Of(Team(t => Windows(t) with { SocialWorkers = 400 }, 500, 200), 0);
        var tight = TestRun.Of(Team(t => Windows(t) with { SocialWorkers = 75, CaseloadCeiling = 40 }, 500, 200), 0);
        // With ample time a visit is late only on the odd day an enquiry of a day or two takes all of a worker's hours.
        Assert.InRange(ample[Kpi.VisitsLateChildProtection], 0, 0.01);
        Assert.InRange(ample[Kpi.VisitsLateChildInNeed], 0, 0.01);
        Assert.True(tight[Kpi.VisitsLateChildInNeed] > 0.05, $"{tight[Kpi.VisitsLateChildInNeed]} of CIN visits late under a tight team");
    }

    [Fact]
    public void Posts_are_split_in_proportion_to_the_localities_shares_and_every_locality_has_one()
    {
        var posts = SocialWorkTeam.Posts(10, [0.5, 0.3, 0.2, 0]);
        Assert.Equal([4, 3, 2, 1], Enumerable.Range(0, 4).Select(i => posts.Count(p => p == i)));
    }
}
