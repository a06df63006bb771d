using MashSim.Kernel;
using MashSim.Model.DomesticAbuse;
using MashSim.Model.EarlyHelp;
using MashSim.Model.Exploitation;
using MashSim.Model.MetHub;
using MashSim.Model.MissingChildren;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Model.Processes;

/// <summary>The optional processes a scenario switches on, built together and asked together; none is built for a section left out.</summary>
internal sealed class OptionalProcesses
{
    private readonly List<IFrontDoorProcess> _processes = [];

    private OptionalProcesses()
    {
    }

    /// <summary>The early help hub, when the scenario has one: the MASH and the pathway step families down to it.</summary>
    public EarlyHelpHub? EarlyHelpHub { get; private set; }

    /// <summary>The processes <paramref name="scenario"/> switches on, or null when it switches none on (the model then does nothing more).</summary>
    public static OptionalProcesses? Build(Scenario scenario, ProcessSetting setting)
    {
        if (scenario.DomesticAbuse is null && scenario.MetHub is null && scenario.EarlyHelpHub is null) return null;
        var built = new OptionalProcesses();
        if (scenario.DomesticAbuse is { } domesticAbuse) built._processes.Add(new DomesticAbuseProcess(setting, domesticAbuse));
        if (scenario.MetHub is { } metHub)
        {
            var team = new MetHubTeam(setting, metHub);
            built._processes.Add(team);
            if (metHub.MissingChildren is { } missing) built._processes.Add(new ReturnHomeInterviews(setting, missing, team));
            if (metHub.Exploitation is { } exploitation) built._processes.Add(new ExploitationWork(setting, exploitation, team));
        }
        if (scenario.EarlyHelpHub is { } hub) built._processes.Add(built.EarlyHelpHub = new EarlyHelpHub(setting, hub));
        return built;
    }

    public void StartMeasuring(SimTime now) => _processes.ForEach(p => p.StartMeasuring(now));
    public void ReadAtHorizon(SimTime horizon) => _processes.ForEach(p => p.ReadAtHorizon(horizon));
    public void Fill(double[] values) => _processes.ForEach(p => p.Fill(values));
    public IEnumerable<DailySeries> DailySeries() => _processes.SelectMany(p => p.DailySeries());
    public IReadOnlyList<TimelinessSample> Timeliness() => _processes.SelectMany(p => p.Timeliness()).ToArray();
    public IReadOnlyList<StreamAccount> Accounts() => _processes.SelectMany(p => p.Accounts()).ToArray();

    /// <summary>The process of type <typeparamref name="T"/>, for tests that look inside one.</summary>
    internal T? Find<T>() where T : class => _processes.OfType<T>().FirstOrDefault();
}
