using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.MetHub;
using MashSim.Model.MissingChildren;
using MashSim.Model.Parameters;
using MashSim.Model.Processes;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests.Processes;

public class ReturnHomeInterviewTests
{
    // Monday 8 April 2019; Good Friday is 19 April and Easter Monday 22 April.
    private static readonly DateTime Epoch = new(2019, 4, 8);

    [Fact]
    public void The_72_hours_are_elapsed_hours_so_a_weekend_fits_but_a_bank_holiday_weekend_does_not()
    {
        var simulation = new Simulation();
        var setting = new ProcessSetting(simulation, Epoch, new RandomStreams(1, 0), SimTime.FromDays(0), SimTime.FromDays(60), new NoMash());
        var parameters = ImmediateInterviews();
        var hub = new MetHubTeam(setting, parameters);
        var interviews = new ReturnHomeInterviews(setting, parameters.MissingChildren!, hub);

        // Found on Friday 12 April at 17:30, after the hub has closed: seen on Monday at 09:00, done at 10:00.
        FoundAt(simulation, interviews, new DateTime(2019, 4, 12, 17, 30, 0));
        // Found on Thursday 18 April at 17:30: Good Friday, the weekend and Easter Monday pass before Tuesday at 09:00.
        FoundAt(simulation, interviews, new DateTime(2019, 4, 18, 17, 30, 0));
        simulation.RunUntil(SimTime.FromDays(30));

        var values = new double[Kpi.All.Count];
        interviews.Fill(values);
        var hours = interviews.Timeliness().Single(t => t.Measure == TimelinessMeasure.FoundToReturnInterview).Values;
        Assert.Equal([64.5, 112.5], hours);
        Assert.Equal(0.5, values[Kpi.ReturnInterviewsWithin72Hours.Index]);
        // In working hours the late one took only one hour of the hub's day: the rule is not counted that way.
        Assert.Equal(60, hub.Calendar.WorkingMinutesBetween(SimTime.FromDays(10) + SimDuration.FromHours(17.5), SimTime.FromDays(15) + SimDuration.FromHours(10)));
    }

    [Fact]
    public void Exactly_72_hours_is_in_time_and_a_minute_more_is_not()
    {
        Assert.True(ReturnHomeInterviews.WithinLimit(72, 72));
        Assert.False(ReturnHomeInterviews.WithinLimit(72 + 1 / 60.0, 72));
    }

    [Fact]
    public void A_hub_open_at_weekends_holds_the_bank_holiday_interview_in_time()
    {
        var simulation = new Simulation();
        var setting = new ProcessSetting(simulation, Epoch, new RandomStreams(1, 0), SimTime.FromDays(0), SimTime.FromDays(60), new NoMash());
        var parameters = ImmediateInterviews();
        var sevenDays = parameters with { Hours = parameters.Hours with { Days = Enum.GetValues<DayOfWeek>(), ObservesBankHolidays = false } };
        var hub = new MetHubTeam(setting, sevenDays);
        var interviews = new ReturnHomeInterviews(setting, parameters.MissingChildren!, hub);
        FoundAt(simulation, interviews, new DateTime(2019, 4, 18, 17, 30, 0));
        simulation.RunUntil(SimTime.FromDays(30));
        Assert.Equal([16.5], interviews.Timeliness().Single().Values);
    }

    /// <summary>One worker; a child found is ready at once, never declines, never goes missing again, and the interview takes an hour.</summary>
    private static MetHubParameters ImmediateInterviews() => ProcessScenarios.MetHub("""
        workers: 1
        missingChildren:
          childrenPerYear: 0
          hoursMissing: { dist: fixed, value: 0 }
          hoursToArrange: { dist: fixed, value: 0 }
          interviewMinutes: { dist: fixed, value: 60 }
          declineProbability: 0
          repeatProbability: 0
        """);

    private static void FoundAt(Simulation simulation, ReturnHomeInterviews interviews, DateTime when)
    {
        simulation.RunUntil(new SimTime((when - Epoch).TotalMinutes));
        interviews.OnArrival(simulation.Now);
    }

    private sealed class NoMash : IMashIntake
    {
        private int _next;
        public int NewChildId() => _next++;
        public void Contact(int childId, ContactSource source, RagRating rating) => throw new InvalidOperationException("no contact expected");
    }
}
