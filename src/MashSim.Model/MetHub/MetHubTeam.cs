using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Resources;
using MashSim.Model.Processes;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Model.MetHub;

/// <summary>The MET hub's workers, one staff pool that return home interviews (first) and exploitation work share.</summary>
internal sealed class MetHubTeam : IFrontDoorProcess
{
    /// <summary>Return home interviews are served before exploitation work: their 72-hour clock is running.</summary>
    public const int InterviewPriority = 0;
    public const int ExploitationPriority = 1;

    private readonly StaffUtilisation _utilisation = new();
    private double _utilisationAtHorizon = double.NaN;

    public MetHubTeam(ProcessSetting setting, MetHubParameters parameters)
    {
        Calendar = new WorkingCalendar(setting.Epoch, parameters.Hours.ToWorkingHours());
        Work = new StaffedWork(setting.Simulation, new StaffPool(setting.Simulation, "MET hub workers", parameters.Workers, Calendar, _utilisation));
    }

    public WorkingCalendar Calendar { get; }
    public StaffedWork Work { get; }

    public void StartMeasuring(SimTime now) => _utilisation.Reset(Work.Pool, now);
    public void ReadAtHorizon(SimTime horizon) => _utilisationAtHorizon = _utilisation.Until(Work.Pool, horizon);
    public void Fill(double[] values) => values[Kpi.UtilisationMetHub.Index] = _utilisationAtHorizon;
    public IEnumerable<DailySeries> DailySeries() => [];
    public IEnumerable<TimelinessSample> Timeliness() => [];
    public IEnumerable<StreamAccount> Accounts() => [];
}
