using MashSim.Kernel;
using MashSim.Kernel.Arrivals;
using MashSim.Kernel.Random;
using MashSim.Model.MetHub;
using MashSim.Model.Processes;
using MashSim.Model.Recording;
using MashSim.Model.Runs;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.MissingChildren;

/// <summary>
/// Missing children and their return home interviews (002 para 20; 004 para 8): police notify the service when a child
/// goes missing; when the child is found, an interview is offered and, once it can be arranged, held by a MET hub worker
/// in the hub's working hours. The limit is 72 elapsed hours, so a child found on a Friday evening, or before a bank
/// holiday, is at risk of waiting past it. Some children go missing again, at a stated repeat rate.
/// </summary>
internal sealed class ReturnHomeInterviews : IFrontDoorProcess, IArrivalSink, IEventHandler
{
    private const int FoundTag = 1;
    private const int ArrangedTag = 2;
    private const int RepeatTag = 3;

    private readonly ProcessSetting _setting;
    private readonly MissingChildrenParameters _p;
    private readonly StaffedWork _hub;
    private readonly ISampler _hoursMissing, _hoursToArrange, _interviewMinutes, _declinedMinutes, _daysToRepeat;
    private readonly System.Random _declines, _repeats;
    private readonly List<MissingEpisode> _all = [];
    private readonly Dictionary<EpisodeEnd, int> _ended = [];
    private readonly List<double> _hoursToInterview = [], _dailyAwaiting = [];
    private int _awaiting, _counted, _repeatsCounted, _interviewed, _inTime, _declined;
    private double _hoursSum;

    public ReturnHomeInterviews(ProcessSetting setting, MissingChildrenParameters parameters, MetHubTeam hub)
    {
        _setting = setting;
        _p = parameters;
        _hub = hub.Work;
        var streams = setting.Streams;
        _hoursMissing = parameters.HoursMissing.Sampler(streams.Stream("missing.hoursMissing"));
        _hoursToArrange = parameters.HoursToArrange.Sampler(streams.Stream("missing.hoursToArrange"));
        _interviewMinutes = parameters.InterviewMinutes.Sampler(streams.Stream("missing.interview.minutes"));
        _declinedMinutes = parameters.DeclinedOfferMinutes.Sampler(streams.Stream("missing.declined.minutes"));
        _daysToRepeat = parameters.DaysToRepeat.Sampler(streams.Stream("missing.repeat.days"));
        _declines = streams.Stream("missing.declines");
        _repeats = streams.Stream("missing.repeats");
        new DailySampling(setting.Simulation, setting.WarmupEnd, setting.Horizon, () => _dailyAwaiting.Add(_awaiting));
        new PoissonArrivals(setting.Simulation, WeeklyRateProfile.Constant(parameters.ChildrenPerYear / (365.25 * 1440)), setting.Epoch,
            streams.Stream("missing.arrivals"), this, setting.Horizon).Start();
    }

    /// <summary>A child not seen before goes missing.</summary>
    public void OnArrival(SimTime now) => GoMissing(_setting.Mash.NewChildId(), repeat: false);

    private void GoMissing(int childId, bool repeat)
    {
        var now = _setting.Simulation.Now;
        var episode = new MissingEpisode(childId, repeat, now, _setting.Measured(now));
        _all.Add(episode);
        if (episode.Counted)
        {
            _counted++;
            if (repeat) _repeatsCounted++;
        }
        _setting.Simulation.Schedule(SimDuration.FromHours(_hoursMissing.Sample()), this, FoundTag, episode);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        var now = _setting.Simulation.Now;
        switch (tag)
        {
            case FoundTag:
                var found = (MissingEpisode)subject!;
                found.FoundAt = now;
                _awaiting++;
                _setting.Simulation.Schedule(SimDuration.FromHours(_hoursToArrange.Sample()), this, ArrangedTag, found);
                // Whether and when the child goes missing again is drawn for every episode, so the streams stay aligned.
                bool again = _repeats.NextDouble() < _p.RepeatProbability;
                var nextMissing = now + SimDuration.FromDays(_daysToRepeat.Sample());
                if (again && nextMissing < _setting.Horizon) _setting.Simulation.ScheduleAt(nextMissing, this, RepeatTag, found.ChildId);
                break;
            case ArrangedTag:
                var episode = (MissingEpisode)subject!;
                bool declines = _declines.NextDouble() < _p.DeclineProbability;
                double minutes = declines ? _declinedMinutes.Sample() : _interviewMinutes.Sample();
                _hub.Request(minutes, MetHubTeam.InterviewPriority, at => Finished(episode, declines ? EpisodeEnd.Declined : EpisodeEnd.Interviewed, at));
                break;
            case RepeatTag:
                GoMissing((int)subject!, repeat: true);
                break;
        }
    }

    private void Finished(MissingEpisode episode, EpisodeEnd end, SimTime at)
    {
        episode.End = end;
        _ended[end] = _ended.GetValueOrDefault(end) + 1;
        _awaiting--;
        if (!episode.Counted) return;
        if (end == EpisodeEnd.Declined)
        {
            _declined++;
            return;
        }
        double hours = (at - episode.FoundAt!.Value).Hours;
        _interviewed++;
        _hoursSum += hours;
        if (WithinLimit(hours, _p.TargetHours)) _inTime++;
        _hoursToInterview.Add(hours);
    }

    /// <summary>The 72-hour rule: elapsed hours from being found, nights, weekends and bank holidays included.</summary>
    internal static bool WithinLimit(double elapsedHours, double targetHours) => elapsedHours <= targetHours;

    public void StartMeasuring(SimTime now)
    {
    }

    public void ReadAtHorizon(SimTime horizon)
    {
    }

    public void Fill(double[] values)
    {
        values[Kpi.MissingEpisodes.Index] = _counted;
        values[Kpi.RepeatMissingShare.Index] = Ratio(_repeatsCounted, _counted);
        values[Kpi.ReturnInterviewsWithin72Hours.Index] = Ratio(_inTime, _interviewed);
        values[Kpi.ReturnInterviewsDeclined.Index] = Ratio(_declined, _interviewed + _declined);
        values[Kpi.HoursToReturnInterviewMean.Index] = Ratio(_hoursSum, _interviewed);
    }

    public IEnumerable<DailySeries> DailySeries() => [new(DailyMeasure.AwaitingReturnInterview, _dailyAwaiting)];

    public IEnumerable<TimelinessSample> Timeliness() =>
        [new(TimelinessMeasure.FoundToReturnInterview, _hoursToInterview, _p.TargetHours, $"{_p.TargetHours:0} hours (elapsed)")];

    public IEnumerable<StreamAccount> Accounts() =>
        [new("missing episodes", _all.Count,
            [new("interviewed", _ended.GetValueOrDefault(EpisodeEnd.Interviewed)), new("declined", _ended.GetValueOrDefault(EpisodeEnd.Declined))],
            _all.Count(e => e.End is null))];
}
