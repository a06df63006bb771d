using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Statistics;
using MashSim.Model.Contacts;
using MashSim.Model.Processes;
using MashSim.Model.Recording;
using MashSim.Model.Runs;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.EarlyHelp;

/// <summary>
/// The early help hub beside the MASH (004 para 5; 001; 002 para 11-12): a family stepped to early help joins the hub's
/// waiting list and is allocated, in the hub's working hours and first come first served, to a worker below the caseload
/// cap (a share of families is held instead by a partner agency's lead professional, outside the hub's capacity). While it waits its risk may escalate, and it is stepped up to social care; once allocated, the episode ends after
/// its weeks as completed, closed or stepped up. Fewer workers make the wait longer, and the longer wait more step-ups.
/// </summary>
internal sealed class EarlyHelpHub : IFrontDoorProcess, IEarlyHelpService, IEventHandler
{
    private const int ReferTag = 1;
    private const int AllocateTag = 2;
    private const int EscalateTag = 3;
    private const int EpisodeEndTag = 4;

    private readonly ProcessSetting _setting;
    private readonly EarlyHelpHubParameters _p;
    private readonly WorkingCalendar _calendar;
    private readonly ISampler _episodeWeeks;
    private readonly CategoricalChoice<EarlyHelpEnding> _endings;
    private readonly System.Random _escalation, _toPartner;
    private readonly double _escalationRatePerDay;
    private readonly Queue<EarlyHelpFamily> _waiting = new();
    private readonly TimeWeightedValue _waitingCount = new();
    private readonly List<EarlyHelpFamily> _all = [];
    private readonly Dictionary<EarlyHelpEnding, int> _ended = [];
    private readonly List<double> _daysToAllocation = [], _dailyWaiting = [], _dailyCaseload = [];
    private bool _allocationBooked;
    private int _allocated, _counted, _countedEnded, _countedSteppedUp;
    private double _daysToAllocationSum, _waitingMean = double.NaN;

    public EarlyHelpHub(ProcessSetting setting, EarlyHelpHubParameters parameters)
    {
        _setting = setting;
        _p = parameters;
        var streams = setting.Streams;
        _calendar = new WorkingCalendar(setting.Epoch, parameters.Hours.ToWorkingHours());
        _episodeWeeks = parameters.EpisodeWeeks.Sampler(streams.Stream("earlyHelpHub.episode.weeks"));
        _endings = new CategoricalChoice<EarlyHelpEnding>(parameters.Endings.Shares(), streams.Stream("earlyHelpHub.endings"));
        _escalation = streams.Stream("earlyHelpHub.escalation");
        _toPartner = streams.Stream("earlyHelpHub.toPartner");
        // A weekly chance p of escalating is a constant hazard of -ln(1 - p) a week.
        _escalationRatePerDay = -Math.Log(1 - Math.Min(parameters.EscalationPerWeekWaiting, 0.999999)) / 7;
        new DailySampling(setting.Simulation, setting.WarmupEnd, setting.Horizon, () =>
        {
            _dailyWaiting.Add(_waitingCount.Current);
            _dailyCaseload.Add((double)_allocated / parameters.Workers);
        });
    }

    /// <summary>The places the workers have between them: workers times the caseload cap.</summary>
    public int Places => _p.Workers * _p.CaseloadCap;

    /// <summary>Steps a family to early help; <paramref name="onEnded"/>, when given, hears how it ended instead of the hub referring a step-up to the MASH.</summary>
    /// <remarks>The family joins at an event of its own, so a contact workflow that steps it down here is never re-entered.</remarks>
    public void Refer(int childId, Action<EarlyHelpEnding>? onEnded = null)
    {
        var now = _setting.Simulation.Now;
        _setting.Simulation.ScheduleAt(now, this, ReferTag, new EarlyHelpFamily(childId, now, _setting.Measured(now), onEnded));
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        var family = subject as EarlyHelpFamily;
        switch (tag)
        {
            case ReferTag:
                Join(family!);
                break;
            case AllocateTag:
                _allocationBooked = false;
                Allocate();
                break;
            case EscalateTag:
                if (family!.Waiting) Finish(family, EarlyHelpEnding.SteppedUp);
                break;
            case EpisodeEndTag:
                Finish(family!, family!.EpisodeEnding);
                if (family.WithPartner) break;
                _allocated--;
                BookAllocation();
                break;
        }
    }

    private void Join(EarlyHelpFamily family)
    {
        var now = _setting.Simulation.Now;
        _all.Add(family);
        if (family.Counted) _counted++;
        // Everything is drawn now, for every family, so the streams pair across staffings (common random numbers).
        family.EpisodeDays = 7 * _episodeWeeks.Sample();
        family.EpisodeEnding = _endings.Next();
        double u = _escalation.NextDouble();
        family.WithPartner = _toPartner.NextDouble() >= _p.HubShare;
        if (family.WithPartner)
        {
            _setting.Simulation.ScheduleAt(now + SimDuration.FromDays(family.EpisodeDays), this, EpisodeEndTag, family);
            return;
        }
        if (_escalationRatePerDay > 0) _setting.Simulation.ScheduleAt(now + SimDuration.FromDays(-Math.Log(1 - u) / _escalationRatePerDay), this, EscalateTag, family);
        _waiting.Enqueue(family);
        SetWaiting(now, +1);
        BookAllocation();
    }

    private void BookAllocation()
    {
        if (_allocationBooked || _waitingCount.Current == 0 || _allocated >= Places) return;
        _allocationBooked = true;
        _setting.Simulation.ScheduleAt(_calendar.NextOpening(_setting.Simulation.Now), this, AllocateTag);
    }

    private void Allocate()
    {
        var now = _setting.Simulation.Now;
        while (_allocated < Places && _waiting.TryDequeue(out var family))
        {
            if (!family.Waiting) continue; // stepped up while waiting
            family.AllocatedAt = now;
            _allocated++;
            SetWaiting(now, -1);
            if (family.Counted)
            {
                double days = (now - family.ReferredAt).Days;
                _daysToAllocationSum += days;
                _daysToAllocation.Add(days);
            }
            _setting.Simulation.ScheduleAt(now + SimDuration.FromDays(family.EpisodeDays), this, EpisodeEndTag, family);
        }
    }

    private void Finish(EarlyHelpFamily family, EarlyHelpEnding ending)
    {
        if (family.Waiting) SetWaiting(_setting.Simulation.Now, -1);
        family.End = ending;
        _ended[ending] = _ended.GetValueOrDefault(ending) + 1;
        if (family.Counted && !family.WithPartner)
        {
            _countedEnded++;
            if (ending == EarlyHelpEnding.SteppedUp) _countedSteppedUp++;
        }
        if (family.OnEnded is { } onEnded) onEnded(ending);
        else if (ending == EarlyHelpEnding.SteppedUp) _setting.Mash.Contact(family.ChildId, ContactSource.LocalAuthority, _p.StepUpRating);
    }

    private void SetWaiting(SimTime now, int change) => _waitingCount.Set(now, _waitingCount.Current + change);

    public void StartMeasuring(SimTime now) => _waitingCount.Reset(now);
    public void ReadAtHorizon(SimTime horizon) => _waitingMean = _waitingCount.MeanUntil(horizon);

    public void Fill(double[] values)
    {
        values[Kpi.EarlyHelpReferrals.Index] = _counted;
        values[Kpi.DaysToEarlyHelpAllocationMean.Index] = Ratio(_daysToAllocationSum, _daysToAllocation.Count);
        values[Kpi.EarlyHelpWaitingMean.Index] = _waitingMean;
        values[Kpi.EarlyHelpStepUpShare.Index] = Ratio(_countedSteppedUp, _countedEnded);
        values[Kpi.EarlyHelpCaseloadMean.Index] = _dailyCaseload.Count > 0 ? _dailyCaseload.Average() : double.NaN;
    }

    public IEnumerable<DailySeries> DailySeries() => [new(DailyMeasure.EarlyHelpWaiting, _dailyWaiting), new(DailyMeasure.EarlyHelpCaseload, _dailyCaseload)];

    public IEnumerable<TimelinessSample> Timeliness() => [new(TimelinessMeasure.EarlyHelpAllocation, _daysToAllocation)];

    public IEnumerable<StreamAccount> Accounts() =>
        [new("families stepped to early help", _all.Count,
            Enum.GetValues<EarlyHelpEnding>().Select(e => new KeyValuePair<string, int>(e.ToString(), _ended.GetValueOrDefault(e))).ToArray(),
            _all.Count(f => f.End is null))];
}
