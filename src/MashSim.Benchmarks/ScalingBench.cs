using System.Diagnostics;
using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;

namespace MashSim.Benchmarks;

/// <summary>Contacts per CPU second at ×1, ×10 and ×130 the default, one replication-year each, so a cost that grows faster than the size shows.</summary>
/// <remarks>
/// Each size scales what scenarios/england-scale.yaml scales (demand, population, staff, initial stock, meeting
/// capacity) by the same factor and runs one year after a 30-day warm-up, as that file does. ×130 is about England's
/// 2.4 million contacts a year; the goal is that its rate stays at two thirds of ×1's or better.
/// </remarks>
public static class ScalingBench
{
    public const int WarmupDays = 30;

    public static void Run(Scenario baseline, IReadOnlyList<double> factors, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Scaling: the default x{string.Join(", x", factors)}, one replication of {WarmupDays} + 365 days each");
        output.WriteLine($"{"size",-8} {"contacts",12} {"CPU s",8} {"contacts/CPU s",16} {"ratio to x1",12} {"peak memory",12}");
        double? first = null;
        foreach (double factor in factors)
        {
            var scenario = Scaled(baseline, factor);
            GC.Collect();
            var (contacts, _, cpu) = CpuTime.Of(() => (SingleRun.Execute(scenario, seed: 1, replication: 0).Account.Arrived, 0));
            double rate = contacts / cpu.TotalSeconds;
            first ??= rate;
            // The process's peak so far: the sizes run smallest first, so it is the peak of this size.
            long peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576;
            output.WriteLine($"{"x" + factor,-8} {contacts,12:N0} {cpu.TotalSeconds,8:0.0} {rate,16:N0} {rate / first.Value,12:P0} {peakMegabytes,9:N0} MB");
        }
    }

    /// <summary><paramref name="baseline"/> with every volume and capacity times <paramref name="factor"/>, over one year after the warm-up.</summary>
    public static Scenario Scaled(Scenario baseline, double factor)
    {
        int Times(int value) => (int)Math.Round(value * factor);
        var staff = baseline.Mash.Staff;
        var pathway = baseline.Pathway;
        return baseline with
        {
            Name = $"{baseline.Name}-x{factor}",
            Run = baseline.Run with { WarmupDays = WarmupDays, HorizonDays = WarmupDays + 365 },
            Population = baseline.Population with { Children = Times(baseline.Population.Children) },
            Demand = baseline.Demand with { ContactsPerYear = baseline.Demand.ContactsPerYear * factor },
            Mash = baseline.Mash with
            {
                Staff = staff with
                {
                    SocialWorkers = Times(staff.SocialWorkers), Managers = Times(staff.Managers),
                    BusinessSupport = Times(staff.BusinessSupport), EmergencyDutyTeam = Times(staff.EmergencyDutyTeam),
                },
            },
            Pathway = pathway is null ? null : pathway with
            {
                Team = pathway.Team with { SocialWorkers = Times(pathway.Team.SocialWorkers), FamilySupportWorkers = Times(pathway.Team.FamilySupportWorkers) },
                StrategyDiscussion = pathway.StrategyDiscussion with
                {
                    PoliceAvailable = Times(pathway.StrategyDiscussion.PoliceAvailable), HealthAvailable = Times(pathway.StrategyDiscussion.HealthAvailable),
                },
                Conferences = pathway.Conferences with { SlotsPerWorkingDay = Times(pathway.Conferences.SlotsPerWorkingDay) },
                InitialStock = pathway.InitialStock with
                {
                    ChildProtectionPlans = Times(pathway.InitialStock.ChildProtectionPlans), ChildInNeedPlans = Times(pathway.InitialStock.ChildInNeedPlans),
                },
            },
        };
    }
}
