using MashSim.Kernel;
using MashSim.Kernel.Arrivals;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Kernel.Statistics;
using MashSim.Model.Contacts;
using MashSim.Model.Processes;
using MashSim.Model.Recording;
using MashSim.Model.Runs;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.DomesticAbuse;

/// <summary>
/// Police domestic abuse notifications through the MASH (002 para 25; 004 para 9): each is screened and risk-assessed by
/// the domestic abuse team; medium-risk ones may become contacts; high-risk ones are researched by MASH staff and heard
/// at the next MARAC with a place free, which agrees actions, refers the child to the MASH, or takes no further action.
/// </summary>
internal sealed class DomesticAbuseProcess : IFrontDoorProcess, IArrivalSink, IEventHandler
{
    private const int ScreeningPriority = 1;
    private const int ResearchPriority = 0;

    private readonly ProcessSetting _setting;
    private readonly DomesticAbuseParameters _p;
    private readonly WorkingCalendar _calendar;
    private readonly StaffedWork _team;
    private readonly StaffUtilisation _utilisation = new();
    private readonly ISampler _screeningMinutes, _researchMinutes;
    private readonly CategoricalChoice<DomesticAbuseRisk> _risk;
    private readonly CategoricalChoice<MaracOutcome> _outcome;
    private readonly System.Random _mediumToContact;
    private readonly MaracDiary _diary;
    private readonly Queue<Notification> _readyForMarac = new();
    private readonly TimeWeightedValue _backlog = new();
    private readonly List<Notification> _all = [];
    private readonly Dictionary<NotificationEnd, int> _ended = [];
    private readonly List<double> _workingDaysToMarac = [], _dailyBacklog = [];
    private bool _meetingBooked;
    private int _counted, _screened, _highRisk, _heard, _heardInTime, _contacts;
    private double _daysToMaracSum, _utilisationAtHorizon = double.NaN, _backlogMean = double.NaN;

    public DomesticAbuseProcess(ProcessSetting setting, DomesticAbuseParameters parameters)
    {
        _setting = setting;
        _p = parameters;
        var streams = setting.Streams;
        _calendar = new WorkingCalendar(setting.Epoch, parameters.Hours.ToWorkingHours());
        _team = new StaffedWork(setting.Simulation, new StaffPool(setting.Simulation, "MASH domestic abuse team", parameters.Workers, _calendar, _utilisation));
        _screeningMinutes = parameters.ScreeningMinutes.Sampler(streams.Stream("domesticAbuse.screening.minutes"));
        _researchMinutes = parameters.ResearchMinutes.Sampler(streams.Stream("domesticAbuse.research.minutes"));
        _risk = new CategoricalChoice<DomesticAbuseRisk>(parameters.Risk.Shares(), streams.Stream("domesticAbuse.risk"));
        _outcome = new CategoricalChoice<MaracOutcome>(parameters.Marac.Outcomes.Shares(), streams.Stream("domesticAbuse.marac.outcome"));
        _mediumToContact = streams.Stream("domesticAbuse.mediumToContact");
        _diary = new MaracDiary(_calendar, parameters.Marac);
        new DailySampling(setting.Simulation, setting.WarmupEnd, setting.Horizon, () => _dailyBacklog.Add(_backlog.Current));
        new PoissonArrivals(setting.Simulation, WeeklyRateProfile.Constant(parameters.NotificationsPerYear / (365.25 * 1440)), setting.Epoch,
            streams.Stream("domesticAbuse.arrivals"), this, setting.Horizon).Start();
    }

    /// <summary>Cases heard at each MARAC so far, in meeting order, for the check that places are respected.</summary>
    public List<int> HeardPerMeeting { get; } = [];

    public void OnArrival(SimTime now)
    {
        var notification = new Notification(_setting.Mash.NewChildId(), now, _setting.Measured(now));
        _all.Add(notification);
        if (notification.Counted) _counted++;
        _team.Request(_screeningMinutes.Sample(), ScreeningPriority, _ => Screened(notification));
    }

    private void Screened(Notification n)
    {
        n.Risk = _risk.Next();
        if (n.Counted) _screened++;
        switch (n.Risk)
        {
            case DomesticAbuseRisk.High:
                if (n.Counted) _highRisk++;
                _backlog.Set(_setting.Simulation.Now, _backlog.Current + 1);
                _team.Request(_researchMinutes.Sample(), ResearchPriority, _ => Researched(n));
                break;
            case DomesticAbuseRisk.Medium:
                // Drawn for every medium-risk notification, so the stream stays aligned across scenarios.
                bool contact = _mediumToContact.NextDouble() < _p.MediumRiskContactProbability;
                End(n, contact ? NotificationEnd.ContactToMash : NotificationEnd.Closed);
                break;
            default:
                End(n, NotificationEnd.Closed);
                break;
        }
    }

    private void Researched(Notification n)
    {
        _readyForMarac.Enqueue(n);
        if (_meetingBooked) return;
        _meetingBooked = true;
        _setting.Simulation.ScheduleAt(_diary.NextAfter(_setting.Simulation.Now), this);
    }

    /// <summary>A MARAC meets: it hears the cases researched by now, oldest first, up to its places.</summary>
    void IEventHandler.Handle(int tag, object? subject)
    {
        var now = _setting.Simulation.Now;
        int heard = 0;
        while (heard < _p.Marac.PlacesPerMeeting && _readyForMarac.TryDequeue(out var n))
        {
            heard++;
            _backlog.Set(now, _backlog.Current - 1);
            if (n.Counted)
            {
                _heard++;
                _daysToMaracSum += (now - n.ArrivedAt).Days;
                if (now <= _calendar.DeadlineAfterWorkingDays(n.ArrivedAt, _p.Marac.TargetWorkingDays)) _heardInTime++;
                _workingDaysToMarac.Add(_calendar.WorkingDaysBetween(DateOnly.FromDateTime(_calendar.ToDateTime(n.ArrivedAt)), DateOnly.FromDateTime(_calendar.ToDateTime(now))));
            }
            End(n, _outcome.Next() switch
            {
                MaracOutcome.Referral => NotificationEnd.ContactToMash,
                MaracOutcome.Actions => NotificationEnd.MaracActions,
                _ => NotificationEnd.MaracNoFurtherAction,
            });
        }
        HeardPerMeeting.Add(heard);
        _meetingBooked = _readyForMarac.Count > 0;
        if (_meetingBooked) _setting.Simulation.ScheduleAt(_diary.NextAfter(now), this);
    }

    private void End(Notification n, NotificationEnd end)
    {
        n.End = end;
        _ended[end] = _ended.GetValueOrDefault(end) + 1;
        if (end != NotificationEnd.ContactToMash) return;
        if (n.Counted) _contacts++;
        _setting.Mash.Contact(n.ChildId, ContactSource.Police, _p.ContactRating);
    }

    public void StartMeasuring(SimTime now)
    {
        _utilisation.Reset(_team.Pool, now);
        _backlog.Reset(now);
    }

    public void ReadAtHorizon(SimTime horizon)
    {
        _utilisationAtHorizon = _utilisation.Until(_team.Pool, horizon);
        _backlogMean = _backlog.MeanUntil(horizon);
    }

    public void Fill(double[] values)
    {
        values[Kpi.DomesticAbuseNotifications.Index] = _counted;
        values[Kpi.DomesticAbuseHighRiskShare.Index] = Ratio(_highRisk, _screened);
        values[Kpi.DaysNotificationToMaracMean.Index] = Ratio(_daysToMaracSum, _heard);
        values[Kpi.MaracHeardWithinTarget.Index] = Ratio(_heardInTime, _heard);
        values[Kpi.MaracBacklogMean.Index] = _backlogMean;
        values[Kpi.DomesticAbuseContactShare.Index] = Ratio(_contacts, _counted);
        values[Kpi.UtilisationDomesticAbuseTeam.Index] = _utilisationAtHorizon;
    }

    public IEnumerable<DailySeries> DailySeries() => [new(DailyMeasure.MaracBacklog, _dailyBacklog)];

    public IEnumerable<TimelinessSample> Timeliness() =>
        [new(TimelinessMeasure.NotificationToMarac, _workingDaysToMarac, _p.Marac.TargetWorkingDays, $"target: {_p.Marac.TargetWorkingDays} working days")];

    public IEnumerable<StreamAccount> Accounts() =>
        [new("domestic abuse notifications", _all.Count,
            Enum.GetValues<NotificationEnd>().Select(e => new KeyValuePair<string, int>(Describe(e), _ended.GetValueOrDefault(e))).ToArray(),
            _all.Count(n => n.End is null))];

    private static string Describe(NotificationEnd end) => end switch
    {
        NotificationEnd.Closed => "closed at screening",
        NotificationEnd.ContactToMash => "became MASH contacts",
        NotificationEnd.MaracActions => "MARAC actions",
        _ => "MARAC no further action",
    };
}
